import { View } from '@tarojs/components';
import { QrCode } from '../../components/qr-code/qr-code';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { useSessionCode } from './use-session-code';
import './session-code.css';

/** The code on the trainer's screen, big enough to read from the back of the room. */
export function SessionCodePanel({ courseId, sessionId }: { courseId: string; sessionId: string }) {
  const code = useSessionCode(courseId, sessionId);
  if (code.state === 'loading') return <LoadingState text="正在生成签到码…" />;
  if (code.state === 'error')
    return <ErrorState message={code.error.message} code={code.error.code} onRetry={code.reload} />;
  return (
    <View className="psv-card psv-session-code" data-testid="session-code">
      <View className="psv-text-secondary">
        请学员打开“我的报名” → “上课签到”，输入下面的数字：
      </View>
      <View className="psv-session-code__digits" data-testid="session-code-digits">
        {code.data.code}
      </View>
      <View className="psv-text-secondary">
        {code.secondsLeft !== null && code.secondsLeft > 0
          ? `${code.secondsLeft} 秒后换新码（每分钟换一次，自动刷新）`
          : '正在换新码…'}
      </View>
      <View className="psv-field__label">或者用微信里的“扫码签到”扫这个码：</View>
      <View className="psv-session-code__qr" data-testid="session-qr">
        <QrCode text={code.data.qrText} size={240} label={`签到二维码，数字是 ${code.data.code}`} />
      </View>
    </View>
  );
}
