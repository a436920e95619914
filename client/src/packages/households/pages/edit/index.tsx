import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { EditHousehold } from '../../../../features/households/household-editor/edit-household';
import { OfficialGate } from '../../../../features/households/official-gate';

/** 编辑户情: address, income and members of one household (from its 360° page). */
export default function EditHouseholdPage() {
  const { params } = useRouter();
  const householdId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="编辑户情">
      <OfficialGate>
        {() =>
          householdId ? (
            <EditHousehold householdId={householdId} />
          ) : (
            <EmptyState title="没有指定农户" hint="请从户情详情页点“编辑户情”。" />
          )
        }
      </OfficialGate>
    </PageShell>
  );
}
