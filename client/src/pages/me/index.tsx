import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { WorkbenchEntry } from '../../features/households/workbench-entry';
import { MY_HOME_PATH, offersMyHome } from '../../features/households/official-roles';
import { ElderlyModeToggle } from '../../features/elderly-mode/elderly-mode-toggle';
import { MyProfile } from '../../features/session/my-profile';
import { LogoutPanel } from '../../features/session/logout-panel/logout-panel';
import { useMyRole } from '../../features/session/use-my-role';
import { useSession } from '../../features/session/use-session';
import { OutboxSummary } from '../../features/outbox/outbox-summary';
import { TrainerEntry } from '../../features/training/trainer-entry';
import { InsurerClaimsEntry } from '../../features/claims-work/claims-work-entry';
import { PRIVACY_POLICY_PATH } from '../../features/privacy/privacy-paths';
import { MessagesEntry } from '../../features/messages/messages-entry';
import { AdminRolesEntry } from '../../features/admin/admin-entry';

export default function MePage() {
  const { signedIn, session } = useSession();
  const role = useMyRole();
  return (
    <PageShell title="我的">
      <ElderlyModeToggle />
      <OutboxSummary />
      {signedIn ? (
        <MyProfile />
      ) : (
        <View className="psv-card">
          <Text>还没有登录。</Text>
          <View
            className="psv-button psv-button--primary"
            onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}
          >
            <Text>去登录</Text>
          </View>
        </View>
      )}
      {session && <MessagesEntry />}
      <WorkbenchEntry variant="button" />
      <TrainerEntry variant="button" />
      <InsurerClaimsEntry variant="button" />
      <AdminRolesEntry />
      {offersMyHome(role) && (
        <View className="psv-button" onClick={() => void Taro.navigateTo({ url: MY_HOME_PATH })}>
          <Text>我的家</Text>
        </View>
      )}
      <View
        className="psv-button"
        onClick={() => void Taro.navigateTo({ url: '/packages/feedback/pages/index/index' })}
      >
        <Text>意见反馈</Text>
      </View>
      <View
        className="psv-button"
        data-testid="me-privacy-policy"
        onClick={() => void Taro.navigateTo({ url: PRIVACY_POLICY_PATH })}
      >
        <Text>隐私政策</Text>
      </View>
      {session && <LogoutPanel userId={session.userId} />}
    </PageShell>
  );
}
