import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import { OutboxStatusList } from '../outbox/outbox-status-list';
import { useOutbox } from '../outbox/use-outbox';
import { ClaimCard } from './claim-card';
import type { ClaimView } from './claims-api';
import { CLAIM_FORM_PATH } from './claims-paths';
import { useReloadOnClaimSent } from './use-claim-outbox';
import '../risk/risk.css';

/**
 * 我的理赔: what is still on the phone (the outbox), then every claim of the household and those
 * filed for family members, each with its status, progress and amount. Read again when a queued
 * submission, resubmission or appeal reaches the server.
 */
export function MyClaims() {
  const list = usePagedList<ClaimView>(
    (cursor) => api.claims.mine({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'claims-mine',
  );
  const outbox = useOutbox({ fn: 'claims' });
  useReloadOnClaimSent(list.reload);
  return (
    <View className="psv-risk-page" data-testid="claims-mine">
      <View className="psv-risk-links">
        <View
          className="psv-button psv-button--primary"
          data-testid="claim-go-form"
          onClick={() => void Taro.navigateTo({ url: CLAIM_FORM_PATH })}
        >
          <Text>申请理赔</Text>
        </View>
      </View>
      <OutboxStatusList
        items={outbox.items}
        held={outbox.held}
        onRetry={outbox.retryNow}
        onDismiss={outbox.dismiss}
      />
      {list.state === 'loading' && <LoadingState text="正在读取我的理赔…" />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState
          title="还没有申请过理赔"
          hint="家里有人生病住院、孩子上学、受灾或出了意外，花了很多钱，可以点上面的“申请理赔”。"
        />
      )}
      {list.items.map((claim) => (
        <ClaimCard key={claim.claimId} claim={claim} />
      ))}
      {list.hasMore && (
        <View className="psv-button" data-testid="claims-more" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
