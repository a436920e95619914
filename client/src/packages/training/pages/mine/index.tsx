import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { MyEnrollments } from '../../../../features/training/my-enrollments';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';
import { LoadingState } from '../../../../components/page-state/page-state';

/** 我的报名: status of each sign-up, cancel, check-in, certificate. */
export default function MyEnrollmentsPage() {
  const { signedIn } = useSession();
  const role = useMyRole();
  return (
    <PageShell title="我的报名">
      {!signedIn ? (
        <View className="psv-card">
          <Text>请先登录，再看您报名的培训。</Text>
          <View
            className="psv-button psv-button--primary"
            onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}
          >
            <Text>去登录</Text>
          </View>
        </View>
      ) : role === null ? (
        <LoadingState />
      ) : role !== 'villager' ? (
        <View className="psv-card psv-text-secondary">
          “我的报名”是村民本人看的。您登录的是工作人员身份。
        </View>
      ) : (
        <MyEnrollments />
      )}
    </PageShell>
  );
}
