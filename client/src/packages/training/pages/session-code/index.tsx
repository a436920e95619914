import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { SessionCodePanel } from '../../../../features/training/session-code-panel';
import { TrainerGate } from '../../../../features/training/trainer-gate';

/** 签到码 on the trainer's screen, refreshed every minute. */
export default function SessionCodePage() {
  const { params } = useRouter();
  const courseId = params.courseId ? decodeURIComponent(params.courseId) : '';
  const sessionId = params.sessionId ? decodeURIComponent(params.sessionId) : '';
  return (
    <PageShell title="签到码">
      <TrainerGate>
        {courseId && sessionId ? (
          <SessionCodePanel courseId={courseId} sessionId={sessionId} />
        ) : (
          <EmptyState title="没有指定哪节课" hint="请从学员名单里点“出示签到码”。" />
        )}
      </TrainerGate>
    </PageShell>
  );
}
