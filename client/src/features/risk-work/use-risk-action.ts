import { useCallback, useRef, useState } from 'react';
import type { ClientCallResult } from '../../api/client-call-result';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ReportView } from './risk-work-api';

export type ActionState =
  | { phase: 'idle' }
  | { phase: 'sending'; what: string }
  | { phase: 'error'; message: string; fieldErrors: Record<string, string> };

/**
 * One write on a report (更新措施, 申请风险消除 …): one idempotency key per distinct payload, a
 * CONFLICT handed to `conflict` (the page reads the report again), other refusals kept for the
 * form to show in plain words. Generic over the answer `V`, so claims-work uses it too.
 */
export function useRiskAction<P, V = ReportView>(
  send: (payload: P, options: { idempotencyKey: string }) => Promise<ClientCallResult<V>>,
  on: { done: (view: V) => void; conflict: (message: string) => void },
  prefix: string,
  /** Show a CONFLICT in the form instead (a rule's refusal, e.g. 风险消除's conditions). */
  conflictInForm = false,
) {
  const [state, setState] = useState<ActionState>({ phase: 'idle' });
  const keys = useRef(new Map<string, string>());
  const busy = useRef(false);
  const run = useCallback(
    (payload: P, what: string) => {
      if (busy.current) return;
      const name = JSON.stringify(payload);
      const idempotencyKey = keys.current.get(name) ?? newIdempotencyKey(prefix);
      keys.current.set(name, idempotencyKey);
      busy.current = true;
      setState({ phase: 'sending', what });
      void send(payload, { idempotencyKey }).then((result) => {
        busy.current = false;
        if (result.ok) {
          setState({ phase: 'idle' });
          on.done(result.data);
        } else if (result.error.code === 'CONFLICT' && !conflictInForm) {
          setState({ phase: 'idle' });
          on.conflict(result.error.message);
        } else {
          setState({
            phase: 'error',
            message: result.error.message,
            fieldErrors: result.error.fieldErrors ?? {},
          });
        }
      });
    },
    [conflictInForm, on, prefix, send],
  );
  const fail = useCallback(
    (fieldErrors: Record<string, string>, message = '还有没填好的地方，请看红字。') =>
      setState({ phase: 'error', message, fieldErrors }),
    [],
  );
  return { state, run, fail };
}
