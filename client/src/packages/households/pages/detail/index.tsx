import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { HouseholdProfile } from '../../../../features/households/household-profile';
import { OfficialGate } from '../../../../features/households/official-gate';

/** 户情 360°: the household's card, members, category change, join code and timeline. */
export default function HouseholdDetailPage() {
  const { params } = useRouter();
  const householdId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="户情详情">
      <OfficialGate>
        {(role) =>
          householdId ? (
            <HouseholdProfile householdId={householdId} role={role} />
          ) : (
            <EmptyState title="没有指定农户" hint="请从工作台的查找结果里点开一户。" />
          )
        }
      </OfficialGate>
    </PageShell>
  );
}
