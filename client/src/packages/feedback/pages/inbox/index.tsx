import { PageShell } from '../../../../components/page-shell/page-shell';
import { FeedbackInbox } from '../../../../features/feedback/feedback-inbox';
import { OfficialGate } from '../../../../features/households/official-gate';

/** 反馈待办: the feedback of the caller's area, by answer deadline. */
export default function FeedbackInboxPage() {
  return (
    <PageShell title="反馈待办">
      <OfficialGate>{() => <FeedbackInbox />}</OfficialGate>
    </PageShell>
  );
}
