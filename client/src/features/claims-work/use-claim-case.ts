import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import type { ClaimView } from './claims-work-api';

export const CLAIM_SOMEONE_ELSE_ACTED =
  '别人刚处理过这件理赔，已为您刷新成最新的，请看一下再决定。';

export type ClaimCaseState =
  | { state: 'loading' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'ready'; claim: ClaimView };

/**
 * One claim for a reviewer: read with `claims.get`, replaced by each action's answer, and read
 * again after a CONFLICT — when the version moved someone else acted; otherwise the server's own
 * sentence (e.g. the 公示 has not ended) is what the reviewer needs to see.
 */
export function useClaimCase(claimId: string) {
  const [data, setData] = useState<ClaimCaseState>({ state: 'loading' });
  const [notice, setNotice] = useState<{ text: string; tone: 'info' | 'warning' } | null>(null);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setData({ state: 'loading' });
    void api.claims.get({ claimId }).then((result) => {
      if (mine !== generation.current) return;
      setData(
        result.ok
          ? { state: 'ready', claim: result.data }
          : { state: 'error', error: result.error },
      );
    });
  }, [claimId]);

  useEffect(() => {
    if (claimId) reload();
  }, [claimId, reload]);

  const replace = useCallback((claim: ClaimView, text: string) => {
    generation.current += 1;
    setData({ state: 'ready', claim });
    setNotice({ text, tone: 'info' });
  }, []);

  const afterConflict = useCallback(
    (serverMessage: string, seenVersion: number) => {
      const mine = ++generation.current;
      void api.claims.get({ claimId }).then((result) => {
        if (mine !== generation.current) return;
        if (!result.ok) {
          setNotice({ text: serverMessage, tone: 'warning' });
          return;
        }
        setData({ state: 'ready', claim: result.data });
        setNotice({
          text: result.data.version !== seenVersion ? CLAIM_SOMEONE_ELSE_ACTED : serverMessage,
          tone: 'warning',
        });
      });
    },
    [claimId],
  );

  return { data, notice, reload, replace, afterConflict };
}
