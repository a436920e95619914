import { useCallback } from 'react';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { CertificateView } from './certificate-view';

/** 我的证书: the certificate of one serial, read back through the public check. */
export function CertificateCard({ serial }: { serial: string }) {
  const load = useCallback(() => api.training.verifyCertificate({ serial }), [serial]);
  const cert = useRemoteData(load, serial !== '');
  if (cert.state === 'loading') return <LoadingState />;
  if (cert.state === 'error')
    return <ErrorState message={cert.error.message} code={cert.error.code} onRetry={cert.reload} />;
  return <CertificateView check={cert.data} />;
}
