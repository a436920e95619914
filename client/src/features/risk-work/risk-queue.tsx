import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { RISK_STATUSES } from '@shared/risk/risk-statuses';
import { ChoiceChips } from '../../components/choice-chips/choice-chips';
import {
  LoadMore,
  OverdueToggle,
  QueueListState,
  QueueViewTabs,
} from '../review-work/queue-controls';
import type { Role } from '@shared/auth/roles';
import type { OfficialRole } from '../households/official-roles';
import { QueueItem } from './queue-item/queue-item';
import { STATUS_SHORT_LABEL } from './risk-work-labels';
import { riskCasePath } from './risk-work-paths';
import { useRiskQueue } from './use-risk-queue';
import { useScopeVillages } from './use-scope-villages';
import './risk-work.css';

/** 村 chips for the villages of the caller's scope (none for a village cadre); claims-work too. */
export function VillageFilter({
  role,
  selected,
  onChange,
  testId = 'risk-filter-village',
}: {
  role: Role;
  selected: string | null;
  onChange: (villageId: string | null) => void;
  testId?: string;
}) {
  const villages = useScopeVillages(role);
  if (role === 'village_cadre') return null;
  if (villages.state !== 'ready') return null;
  const ids = villages.data.items.map((v) => v.id);
  const labels = Object.fromEntries(villages.data.items.map((v) => [v.id, v.name]));
  return (
    <View className="psv-field">
      <Text className="psv-field__label">村</Text>
      <ChoiceChips
        testId={testId}
        options={ids}
        labels={labels}
        selected={selected}
        onChange={onChange}
        allLabel="全部村"
        scroll
      />
    </View>
  );
}

/**
 * 待办 of the caller's level, by due date (or 全部 in scope), with 只看超期, village and status
 * filters; each item opens its case.
 */
export function RiskQueue({ role }: { role: OfficialRole }) {
  const { filters, update, list } = useRiskQueue();
  // Back from a decision: the handled item leaves 待办.
  useDidShow(() => {
    if (list.state !== 'loading') list.reload();
  });
  return (
    <View data-testid="risk-queue" data-view={filters.view}>
      <QueueViewTabs prefix="risk" view={filters.view} onView={(view) => update({ view })} />
      <View className="psv-card">
        <OverdueToggle
          testId="risk-filter-overdue"
          on={filters.overdueOnly}
          onToggle={() => update({ overdueOnly: !filters.overdueOnly })}
        />
        <VillageFilter
          role={role}
          selected={filters.villageId}
          onChange={(villageId) => update({ villageId })}
        />
        <View className="psv-field">
          <Text className="psv-field__label">进度</Text>
          <ChoiceChips
            testId="risk-filter-status"
            options={RISK_STATUSES}
            labels={STATUS_SHORT_LABEL}
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
        prefix="risk"
        noun="申报"
        measure="份"
        emptyHint={{
          todo: '农户申报或下级审核后，会按期限先后出现在这里。',
          all: '换个村或进度看看。',
        }}
      />
      {list.items.map((item) => (
        <QueueItem
          key={item.reportId}
          item={item}
          onOpen={() => void Taro.navigateTo({ url: riskCasePath(item.reportId) })}
        />
      ))}
      <LoadMore list={list} testId="risk-queue-more" />
    </View>
  );
}
