import { PageShell } from '../../../../components/page-shell/page-shell';
import { AdminGate } from '../../../../features/policies/policy-editor/admin-gate';
import { PolicyManageList } from '../../../../features/policies/policy-editor/policy-manage-list';

/** 编辑政策 (admins): pick a policy to revise, or add one. */
export default function PolicyManagePage() {
  return (
    <PageShell title="编辑政策">
      <AdminGate>
        <PolicyManageList />
      </AdminGate>
    </PageShell>
  );
}
