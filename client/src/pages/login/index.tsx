import Taro from '@tarojs/taro';
import { PageShell } from '../../components/page-shell/page-shell';
import { clientEnv } from '../../env';
import { PersonaPicker } from '../../features/session/persona-picker';
import { PlatformSignIn } from '../../features/session/platform-sign-in-button';

export default function LoginPage() {
  const done = () => void Taro.switchTab({ url: '/pages/home/index' });
  return (
    <PageShell title="登录">
      {clientEnv.devLogin ? (
        <PersonaPicker onLoggedIn={done} />
      ) : (
        <PlatformSignIn onLoggedIn={done} />
      )}
    </PageShell>
  );
}
