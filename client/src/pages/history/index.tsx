import { View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { ExhibitBrowser } from '../../features/exhibits/exhibit-browser';

/** 村史 tab: 村史家珍 by village, category and keyword; more items load on scrolling down. */
export default function HistoryTab() {
  return (
    <PageShell title="村史家珍">
      <View className="psv-text-secondary">留住乡愁，记住村里的人和事。</View>
      <ExhibitBrowser />
    </PageShell>
  );
}
