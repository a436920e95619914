import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { CertificateCard } from '../../../../features/training/certificate-card';

/** 培训证书 of one serial. */
export default function CertificatePage() {
  const { params } = useRouter();
  const serial = params.serial ? decodeURIComponent(params.serial) : '';
  return (
    <PageShell title="培训证书">
      {serial ? (
        <CertificateCard serial={serial} />
      ) : (
        <EmptyState title="没有指定证书" hint="结业后，证书会出现在“我的报名”里。" />
      )}
    </PageShell>
  );
}
