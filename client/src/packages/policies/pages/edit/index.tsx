import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { AdminGate } from '../../../../features/policies/policy-editor/admin-gate';
import { EditPolicy } from '../../../../features/policies/policy-editor/edit-policy';

/** One policy's next version (`?id=`), or 新增政策 without an id. */
export default function PolicyEditPage() {
  const { params } = useRouter();
  const policyId = params.id ? decodeURIComponent(params.id) : null;
  return (
    <PageShell title={policyId ? '修改政策' : '新增政策'}>
      <AdminGate>
        <EditPolicy policyId={policyId} />
      </AdminGate>
    </PageShell>
  );
}
