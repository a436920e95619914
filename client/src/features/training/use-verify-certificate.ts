import { useCallback, useRef, useState } from 'react';
import {
  EXAMPLE_SERIAL,
  isWellFormedSerial,
  SERIAL_PATTERN,
} from '@shared/training/certificate-serial';
import { api } from '../../api/api';
import type { CertificateCheck } from './training-api';

export type VerifyState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; check: CertificateCheck }
  | { state: 'error'; message: string };

export function normaliseSerial(text: string): string {
  return text.trim().toUpperCase().replace(/\s/g, '');
}

/** 证书查验 (public): a mistyped serial is caught on the phone by its check letter. */
export function useVerifyCertificate() {
  const [status, setStatus] = useState<VerifyState>({ state: 'idle' });
  const generation = useRef(0);
  const verify = useCallback(async (text: string) => {
    const serial = normaliseSerial(text);
    if (!SERIAL_PATTERN.test(serial)) {
      setStatus({
        state: 'error',
        message: `证书编号的样子是 ${EXAMPLE_SERIAL}，请对照证书再输一遍。`,
      });
      return;
    }
    if (!isWellFormedSerial(serial)) {
      setStatus({ state: 'error', message: '证书编号有一位不对，请对照证书再输一遍。' });
      return;
    }
    const mine = ++generation.current;
    setStatus({ state: 'checking' });
    const result = await api.training.verifyCertificate({ serial });
    if (mine !== generation.current) return;
    setStatus(
      result.ok
        ? { state: 'done', check: result.data }
        : { state: 'error', message: result.error.message },
    );
  }, []);
  return { status, verify };
}
