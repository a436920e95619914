import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { VerifyForm } from '../../../../features/training/verify-form';

/** 证书查验 (public). */
export default function VerifyPage() {
  const { params } = useRouter();
  return (
    <PageShell title="证书查验">
      <VerifyForm initial={params.serial ? decodeURIComponent(params.serial) : ''} />
    </PageShell>
  );
}
