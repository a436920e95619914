import Taro from '@tarojs/taro';
import { useMemo } from 'react';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { householdDetailPath } from '../official-roles';
import { useDashboard } from '../use-dashboard';
import { HouseholdEditor } from './household-editor';
import { emptyHouseholdForm } from './household-form';

/** 新建户: the villages of the cadre's area to choose from (a village cadre has just theirs). */
export function NewHousehold() {
  const dashboard = useDashboard();
  const villages = useMemo(
    () =>
      dashboard.state === 'ready'
        ? dashboard.data.byVillage.map((v) => ({
            villageId: v.villageId,
            villageName: v.villageName,
          }))
        : [],
    [dashboard],
  );
  if (dashboard.state === 'loading') return <LoadingState />;
  if (dashboard.state === 'error')
    return (
      <ErrorState
        message={dashboard.error.message}
        code={dashboard.error.code}
        onRetry={dashboard.reload}
      />
    );
  const only = villages.length === 1 ? (villages[0]?.villageId ?? '') : '';
  return (
    <HouseholdEditor
      initial={emptyHouseholdForm(only)}
      before={null}
      villages={villages}
      // The new household's 360° page replaces the form: 返回 goes back to 工作台.
      onSaved={(householdId) => void Taro.redirectTo({ url: householdDetailPath(householdId) })}
    />
  );
}
