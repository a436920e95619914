import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { useRemoteData } from '../../api/use-remote-data';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { JoinDecision } from './households-api';

/**
 * A household's pending join requests and linked accounts, for its village cadre or head, with
 * 同意 / 拒绝 and 移出. Anyone else gets NOT_FOUND from the server, and the panel stays hidden.
 */
export function useJoinRequests(householdId: string, enabled = true) {
  const list = useRemoteData(() => api.households.joinRequests({ householdId }), enabled);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ClientCallError | null>(null);
  const { reload } = list;

  const run = useCallback(
    async (key: string, call: () => Promise<{ ok: boolean; error?: ClientCallError }>) => {
      if (busy) return;
      setBusy(key);
      setError(null);
      const r = await call();
      setBusy(null);
      if (!r.ok && r.error) setError(r.error);
      reload();
    },
    [busy, reload],
  );

  const decide = useCallback(
    (requestId: string, decision: JoinDecision) =>
      run(requestId, () =>
        api.households.decideJoin(
          { requestId, decision },
          { idempotencyKey: newIdempotencyKey('hhjd') },
        ),
      ),
    [run],
  );

  const remove = useCallback(
    (userId: string) =>
      run(userId, () =>
        api.households.removeMember(
          { householdId, userId },
          { idempotencyKey: newIdempotencyKey('hhrm') },
        ),
      ),
    [householdId, run],
  );

  return { list, busy, error, decide, remove };
}
