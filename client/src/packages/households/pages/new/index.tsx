import { PageShell } from '../../../../components/page-shell/page-shell';
import { NewHousehold } from '../../../../features/households/household-editor/new-household';
import { OfficialGate } from '../../../../features/households/official-gate';

/** 新建户: a cadre enters a household and its members (from 工作台). */
export default function NewHouseholdPage() {
  return (
    <PageShell title="新建户">
      <OfficialGate>{() => <NewHousehold />}</OfficialGate>
    </PageShell>
  );
}
