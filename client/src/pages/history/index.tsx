import { View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { FEATURES } from '../../features/catalogue/feature-catalogue';
import { FeatureGrid } from '../../features/catalogue/feature-grid';

/** 村史 tab: a light landing page; the content lives in its subpackage. */
export default function HistoryTab() {
  return (
    <PageShell title="村史">
      <View className="psv-text-secondary">留住乡愁，记住村里的人和事。</View>
      <FeatureGrid features={FEATURES.filter((f) => f.tab === 'history')} />
    </PageShell>
  );
}
