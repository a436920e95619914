import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { ClaimDetail } from '../../../../features/claims/claim-detail';
import { useSession } from '../../../../features/session/use-session';

/** One claim: progress, what to add or appeal, amounts, 公示, payment, every step. */
export default function ClaimPage() {
  const { signedIn } = useSession();
  const { params } = useRouter();
  const claimId = params.claimId ? decodeURIComponent(params.claimId) : '';
  return (
    <PageShell>
      {!signedIn ? (
        <SignInPrompt reason="请先登录，再看理赔进度。" />
      ) : claimId ? (
        <ClaimDetail claimId={claimId} />
      ) : (
        <EmptyState title="没有指定理赔" hint="请从“我的理赔”里点开一条。" />
      )}
    </PageShell>
  );
}
