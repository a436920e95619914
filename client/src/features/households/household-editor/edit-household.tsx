import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { api } from '../../../api/api';
import { useRemoteData } from '../../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { CategoryChangeForm } from '../category-change-form';
import { householdDetailPath } from '../official-roles';
import { HouseholdEditor } from './household-editor';
import { formFromHousehold } from './household-form';

/** Back to the 360° page the cadre came from (it reads the household again), else open it. */
function backToDetail(householdId: string) {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: householdDetailPath(householdId) });
}

/** 编辑户情: the household as read now; 调整户类 below it (with a reason, its own action). */
export function EditHousehold({ householdId }: { householdId: string }) {
  const loaded = useRemoteData(() => api.households.get({ householdId }));
  if (loaded.state === 'loading') return <LoadingState />;
  if (loaded.state === 'error')
    return (
      <ErrorState message={loaded.error.message} code={loaded.error.code} onRetry={loaded.reload} />
    );
  const household = loaded.data;
  return (
    <View data-testid="edit-household">
      {/* A new version (say, after 调整户类) starts the form afresh from what is stored. */}
      <HouseholdEditor
        key={household.version}
        initial={formFromHousehold(household)}
        before={household}
        villages={[]}
        onSaved={backToDetail}
      />
      <CategoryChangeForm household={household} onChanged={() => loaded.reload()} />
    </View>
  );
}
