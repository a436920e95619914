import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { ReportDetail } from '../../../../features/risk/report-detail';
import { useSession } from '../../../../features/session/use-session';

/** One report: steps, visit, 公示, the 119 plan. */
export default function RiskReportPage() {
  const { signedIn } = useSession();
  const { params } = useRouter();
  const reportId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell>
      {!signedIn ? (
        <SignInPrompt reason="请先登录，再看申报进度。" />
      ) : reportId ? (
        <ReportDetail reportId={reportId} />
      ) : (
        <EmptyState title="没有指定申报" hint="请从“我的申报”里点开一条。" />
      )}
    </PageShell>
  );
}
