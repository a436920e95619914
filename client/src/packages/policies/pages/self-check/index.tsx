import { PageShell } from '../../../../components/page-shell/page-shell';
import { SelfCheckWizard } from '../../../../features/policies/self-check-wizard/self-check-wizard';

/** 我能享受哪些政策: one question per screen; nothing is sent before 查看结果. */
export default function SelfCheckPage() {
  return (
    <PageShell title="我能享受哪些政策">
      <SelfCheckWizard />
    </PageShell>
  );
}
