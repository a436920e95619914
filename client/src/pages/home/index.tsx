import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { FEATURES } from '../../features/catalogue/feature-catalogue';
import { FeatureGrid } from '../../features/catalogue/feature-grid';
import { ElderlyModeToggle } from '../../features/elderly-mode/elderly-mode-toggle';
import { OutboxSummary } from '../../features/outbox/outbox-summary';
import { useSession } from '../../features/session/use-session';

export default function HomePage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="掌上智慧村">
      <View className="psv-text-secondary">村里的事，在手机上就能看、能办。</View>
      {!signedIn && (
        <View className="psv-notice">
          <Text>还没有登录。登录后可以办事、查进度。</Text>
          <View
            className="psv-button psv-button--primary"
            onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}
          >
            <Text>去登录</Text>
          </View>
        </View>
      )}
      <OutboxSummary />
      <FeatureGrid features={FEATURES} />
      {/* 长辈模式 here as well as in 我的: whoever needs bigger type finds it on the first page. */}
      <ElderlyModeToggle />
    </PageShell>
  );
}
