import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import { OutboxStatusList } from '../outbox/outbox-status-list';
import { useOutbox } from '../outbox/use-outbox';
import type { RiskReportView } from './risk-api';
import { MY_RISK_REPORTS_PATH, RISK_FORM_PATH, RISK_PUBLICITY_PATH } from './risk-paths';
import { ReportCard } from './report-card';
import { useReloadOnRiskSent } from './use-risk-reload';
import './risk.css';

/** 我要申报 / 我的申报 and 村内公示, on the family's risk pages. */
export function RiskLinks({ form = true, mine = false }: { form?: boolean; mine?: boolean }) {
  return (
    <View className="psv-risk-links">
      {mine && (
        <View
          className="psv-button"
          data-testid="risk-go-mine-link"
          onClick={() => void Taro.navigateTo({ url: MY_RISK_REPORTS_PATH })}
        >
          <Text>我的申报</Text>
        </View>
      )}
      {form && (
        <View
          className="psv-button psv-button--primary"
          data-testid="risk-go-form"
          onClick={() => void Taro.navigateTo({ url: RISK_FORM_PATH })}
        >
          <Text>我要申报</Text>
        </View>
      )}
      <View
        className="psv-button"
        data-testid="risk-go-publicity"
        onClick={() => void Taro.navigateTo({ url: RISK_PUBLICITY_PATH })}
      >
        <Text>村内公示</Text>
      </View>
    </View>
  );
}

/**
 * 我的申报: what is still on the phone (the outbox), then every report of the family and those
 * filed for others, each with its progress and next step. Read again when a queued
 * submission, resubmission or appeal reaches the server.
 */
export function MyReports() {
  const list = usePagedList<RiskReportView>(
    (cursor) => api.risk.mine({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'risk-mine',
  );
  const outbox = useOutbox({ fn: 'risk' });
  useReloadOnRiskSent(list.reload);
  const queued = outbox.items.filter((i) => i.action !== 'uploadPhoto');
  return (
    <View className="psv-risk-page" data-testid="risk-mine">
      <RiskLinks />
      <OutboxStatusList
        items={queued}
        held={outbox.held}
        onRetry={outbox.retryNow}
        onDismiss={outbox.dismiss}
      />
      {list.state === 'loading' && <LoadingState text="正在读取我的申报…" />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState
          title="还没有申报过"
          hint="家里有人生病、受灾、没活干等，过不下去的时候，点上面的“我要申报”告诉村里。"
        />
      )}
      {list.items.map((report) => (
        <ReportCard key={report.reportId} report={report} />
      ))}
      {list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
