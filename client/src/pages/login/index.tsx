import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { clientEnv } from '../../env';
import { PersonaPicker } from '../../features/session/persona-picker';

export default function LoginPage() {
  const done = () => void Taro.switchTab({ url: '/pages/home/index' });
  return (
    <PageShell title="登录">
      {clientEnv.devLogin ? (
        <PersonaPicker onLoggedIn={done} />
      ) : (
        <View className="psv-card">
          <Text>在微信里打开时会自动用您的微信身份登录，不需要填写账号密码。</Text>
        </View>
      )}
    </PageShell>
  );
}
