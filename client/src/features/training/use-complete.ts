import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { RosterEntry } from './training-api';

export type CompleteState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; entry: RosterEntry }
  | { state: 'error'; message: string };

/** 确认结业 for one trainee: one key per intent, reused if the same tap is retried. */
export function useComplete(enrollmentId: string) {
  const [status, setStatus] = useState<CompleteState>({ state: 'idle' });
  const key = useRef<string | null>(null);
  const busy = useRef(false);
  const complete = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    key.current ??= newIdempotencyKey('trdone');
    setStatus({ state: 'sending' });
    const result = await api.training.complete({ enrollmentId }, { idempotencyKey: key.current });
    busy.current = false;
    if (result.ok) {
      setStatus({ state: 'done', entry: result.data });
      return;
    }
    // A network failure keeps the key for the retry; a refusal ends the intent.
    if (result.error.code !== 'NETWORK') key.current = null;
    setStatus({ state: 'error', message: result.error.message });
  }, [enrollmentId]);
  return { status, complete };
}
