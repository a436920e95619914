import { PageShell } from '../../../../components/page-shell/page-shell';
import { SelfCheckResult } from '../../../../features/policies/self-check-result';

/** 自查结果: the policies the family may get, with reasons and next steps. */
export default function SelfCheckResultPage() {
  return (
    <PageShell title="自查结果">
      <SelfCheckResult />
    </PageShell>
  );
}
