import { useEffect, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { clientEnv } from '../../../env';
import { READ_ALOUD_UNAVAILABLE, browserSpeech, noSpeech, type Speech } from './speech';

export interface ReadAloudProps {
  /** The text to read, e.g. a policy explainer or an exhibit story. */
  text: string;
  /** For tests and other platforms; defaults to the platform's engine. */
  speech?: Speech;
}

/** A "朗读" button; where the phone cannot speak it says what to do instead. */
export function ReadAloud({ text, speech }: ReadAloudProps) {
  const engine = useMemo(
    () => speech ?? (clientEnv.platform === 'h5' ? browserSpeech() : noSpeech()),
    [speech],
  );
  const [speaking, setSpeaking] = useState(false);
  const [showFallback, setShowFallback] = useState(false);
  useEffect(() => () => engine.stop(), [engine]);

  const onPress = () => {
    if (!engine.supported) {
      setShowFallback(true);
      return;
    }
    if (speaking) {
      engine.stop();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    engine.speak(text, () => setSpeaking(false));
  };

  return (
    <View className="psv-read-aloud">
      <View className="psv-button" onClick={onPress} aria-label="朗读这段文字">
        <Text>{speaking ? '停止朗读' : '🔊 朗读'}</Text>
      </View>
      {showFallback && (
        <View className="psv-notice" role="status">
          <Text>{READ_ALOUD_UNAVAILABLE}</Text>
        </View>
      )}
    </View>
  );
}
