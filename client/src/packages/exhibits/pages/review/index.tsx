import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { EmptyState, LoadingState } from '../../../../components/page-state/page-state';
import { ReviewQueue } from '../../../../features/exhibits/review-queue';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';

/** 待审核投稿, for the village cadre who curates the village's exhibits. */
export default function ReviewQueuePage() {
  const { signedIn } = useSession();
  const role = useMyRole();
  return (
    <PageShell title="审核投稿">
      {!signedIn ? (
        <SignInPrompt reason="请先用村干部账号登录。" />
      ) : role === null ? (
        <LoadingState />
      ) : role === 'village_cadre' ? (
        <ReviewQueue />
      ) : (
        <EmptyState
          title="这里是村干部审核投稿的地方"
          hint="您的投稿可以在“我的投稿”里查看进度。"
        />
      )}
    </PageShell>
  );
}
