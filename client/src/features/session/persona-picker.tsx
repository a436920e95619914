import { Text, View } from '@tarojs/components';
import { PERSONAS } from './personas';
import { useDevLogin } from './use-dev-login';

/** Local builds only: log in as one of the seeded demo people. */
export function PersonaPicker({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { busy, error, login } = useDevLogin();
  return (
    <View>
      <View className="psv-notice">
        <Text>这是本地演示版：请选择一个身份登录（仅用于测试）。</Text>
      </View>
      {error && (
        <View className="psv-field__error" role="alert">
          <Text>{error}</Text>
        </View>
      )}
      {PERSONAS.map(({ persona, label }) => (
        <View
          key={persona}
          className="psv-button"
          data-persona={persona}
          onClick={() => {
            if (busy) return;
            void login(persona).then((ok) => ok && onLoggedIn());
          }}
        >
          <Text>{busy === persona ? '正在登录…' : label}</Text>
        </View>
      ))}
    </View>
  );
}
