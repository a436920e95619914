import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CLAIM_STATUSES } from '@shared/claims/claim-statuses';
import { CLAIM_TYPES } from '@shared/claims/claim-schemes';
import { ChoiceChips } from '../../components/choice-chips/choice-chips';
import {
  LoadMore,
  OverdueToggle,
  QueueListState,
  QueueViewTabs,
} from '../review-work/queue-controls';
import { VillageFilter } from '../risk-work/risk-queue';
import { ClaimQueueItem } from './claim-queue-item';
import { CLAIM_STATUS_SHORT_LABEL, CLAIM_TYPE_LABEL } from './claims-work-labels';
import { claimCasePath } from './claims-work-paths';
import type { ClaimsWorkRole } from './claims-work-roles';
import { useClaimsQueue } from './use-claims-queue';
import '../risk-work/risk-work.css';

/**
 * 理赔待办 of the caller's level, by due date (or 全部 in scope), with 只看超期, status, type and
 * village filters; each item opens its claim.
 */
export function ClaimsQueue({ role }: { role: ClaimsWorkRole }) {
  const { filters, update, list } = useClaimsQueue();
  // Back from a decision: the handled claim leaves 待办.
  useDidShow(() => {
    if (list.state !== 'loading') list.reload();
  });
  return (
    <View data-testid="claims-queue" data-view={filters.view}>
      <QueueViewTabs prefix="claims" view={filters.view} onView={(view) => update({ view })} />
      <View className="psv-card">
        <OverdueToggle
          testId="claims-filter-overdue"
          on={filters.overdueOnly}
          onToggle={() => update({ overdueOnly: !filters.overdueOnly })}
        />
        <VillageFilter
          role={role}
          selected={filters.villageId}
          onChange={(villageId) => update({ villageId })}
          testId="claims-filter-village"
        />
        <View className="psv-field">
          <Text className="psv-field__label">种类</Text>
          <ChoiceChips
            testId="claims-filter-type"
            options={CLAIM_TYPES}
            labels={CLAIM_TYPE_LABEL}
            selected={filters.type}
            onChange={(type) => update({ type })}
            allLabel="全部"
            scroll
          />
        </View>
        <View className="psv-field">
          <Text className="psv-field__label">进度</Text>
          <ChoiceChips
            testId="claims-filter-status"
            options={CLAIM_STATUSES}
            labels={CLAIM_STATUS_SHORT_LABEL}
            selected={filters.status}
            onChange={(status) => update({ status })}
            allLabel="全部"
            scroll
          />
        </View>
      </View>
      <QueueListState
        list={list}
        view={filters.view}
        prefix="claims"
        noun="理赔"
        measure="件"
        emptyHint={{
          todo: '农户申请或上一环节办完后，会按期限先后出现在这里。',
          all: '换个村、种类或进度看看。',
        }}
      />
      {list.items.map((item) => (
        <ClaimQueueItem
          key={item.claimId}
          item={item}
          onOpen={() => void Taro.navigateTo({ url: claimCasePath(item.claimId) })}
        />
      ))}
      <LoadMore list={list} testId="claims-queue-more" />
    </View>
  );
}
