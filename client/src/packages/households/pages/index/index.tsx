import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MyHome } from '../../../../features/households/my-home';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { WORKBENCH_PATH, isOfficial } from '../../../../features/households/official-roles';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';

/** 我的家: the villager's household card, members and timeline, or the join form. */
export default function MyHomePage() {
  const { signedIn } = useSession();
  const role = useMyRole();
  if (!signedIn) {
    return (
      <PageShell title="我的家">
        <SignInPrompt reason="请先登录，再查看您家的档案。" />
      </PageShell>
    );
  }
  if (isOfficial(role)) {
    return (
      <PageShell title="我的家">
        <View className="psv-card" data-testid="official-hint">
          <Text>您登录的是工作人员身份。农户档案请到工作台查看。</Text>
          <View
            className="psv-button psv-button--primary"
            onClick={() => void Taro.redirectTo({ url: WORKBENCH_PATH })}
          >
            <Text>去工作台</Text>
          </View>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell title="我的家">
      <PrivacyNotice text="家里的姓名、身份证号、电话和收入，只给负责您家的干部看。" />
      <MyHome enabled={role === 'villager'} waiting={role === null} />
    </PageShell>
  );
}
