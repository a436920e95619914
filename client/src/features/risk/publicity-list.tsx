import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import type { RiskPublicityView } from './risk-api';
import { chinaToday, spokenDate } from './risk-dates';
import './risk.css';

const KIND_LABEL = { identification: '拟纳入防返贫监测', elimination: '拟风险消除' } as const;

/**
 * 村内公示: the village's households proposed for monitoring or for 风险消除, with the dates.
 * Names only: no ID number, phone, bank account or health detail (the server leaves them out).
 */
export function PublicityList() {
  const list = usePagedList<RiskPublicityView>(
    (cursor) => api.risk.publicity({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'risk-publicity',
  );
  const today = chinaToday();
  return (
    <View data-testid="risk-publicity">
      <View className="psv-card">
        <View>公示期内对名单有不同意见的，可以向村委会或镇上反映。</View>
        <View className="psv-text-secondary">公示不写身份证号、电话、银行账号和病情。</View>
      </View>
      {list.state === 'loading' && <LoadingState text="正在读取公示…" />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState title="现在没有公示" hint="村里核实后要公示的名单会出现在这里。" />
      )}
      {list.items.map((item) => {
        const on = item.startsOn <= today && today <= item.endsOn;
        return (
          <View
            key={`${item.reportId}-${item.kind}`}
            className="psv-card"
            data-testid="risk-publicity-item"
            data-kind={item.kind}
          >
            <View className="psv-risk-card__head">
              <Text className="psv-subtitle">{item.headName}家</Text>
              <Text className={`psv-badge psv-badge--${on ? 'sent' : 'pending'}`}>
                {on ? '正在公示' : today > item.endsOn ? '已结束' : '还没开始'}
              </Text>
            </View>
            <View className="psv-risk-hint">
              {KIND_LABEL[item.kind]}
              {item.memberCount ? ` · ${item.memberCount} 口人` : ''}
              {item.villageName ? ` · ${item.villageName}` : ''}
            </View>
            <View>
              公示时间：{spokenDate(item.startsOn, today)} 到 {spokenDate(item.endsOn, today)}
            </View>
          </View>
        );
      })}
      {list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
