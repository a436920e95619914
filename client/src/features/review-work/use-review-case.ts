import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientCallError, ClientCallResult } from '../../api/client-call-result';

export type ReviewCaseState<V> =
  { state: 'loading' } | { state: 'error'; error: ClientCallError } | { state: 'ready'; view: V };

export interface ReviewCaseNotice {
  text: string;
  tone: 'info' | 'warning';
}

/**
 * One case on the review engine (a risk report, a claim) for an official: read with `get`,
 * replaced by each action's answer, and read again after a CONFLICT — when the version moved,
 * someone else acted (`someoneElseActed`); otherwise the server's own sentence (e.g. the 公示 has
 * not ended) is what the official needs to see.
 */
export function useReviewCase<V extends { version: number }>(
  id: string,
  get: (id: string) => Promise<ClientCallResult<V>>,
  someoneElseActed: string,
) {
  const [data, setData] = useState<ReviewCaseState<V>>({ state: 'loading' });
  const [notice, setNotice] = useState<ReviewCaseNotice | null>(null);
  const generation = useRef(0);
  const getRef = useRef(get);
  getRef.current = get;

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setData({ state: 'loading' });
    void getRef.current(id).then((result) => {
      if (mine !== generation.current) return;
      setData(
        result.ok ? { state: 'ready', view: result.data } : { state: 'error', error: result.error },
      );
    });
  }, [id]);

  useEffect(() => {
    if (id) reload();
  }, [id, reload]);

  const replace = useCallback((view: V, text: string) => {
    generation.current += 1;
    setData({ state: 'ready', view });
    setNotice({ text, tone: 'info' });
  }, []);

  const afterConflict = useCallback(
    (serverMessage: string, seenVersion: number) => {
      const mine = ++generation.current;
      void getRef.current(id).then((result) => {
        if (mine !== generation.current) return;
        if (!result.ok) {
          setNotice({ text: serverMessage, tone: 'warning' });
          return;
        }
        setData({ state: 'ready', view: result.data });
        setNotice({
          text: result.data.version !== seenVersion ? someoneElseActed : serverMessage,
          tone: 'warning',
        });
      });
    },
    [id, someoneElseActed],
  );

  return { data, notice, reload, replace, afterConflict };
}
