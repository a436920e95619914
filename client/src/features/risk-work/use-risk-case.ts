import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import type { HouseholdView } from '../households/households-api';
import type { ReportView } from './risk-work-api';

export const SOMEONE_ELSE_ACTED = '别人刚处理过这份申报，已为您刷新成最新的，请看一下再决定。';

export type CaseState =
  | { state: 'loading' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'ready'; report: ReportView };

/**
 * One report for an official: read with `risk.get`, replaced by each action's answer, and read
 * again after a CONFLICT — when the version moved, someone else acted; otherwise the server's
 * own sentence (e.g. the 公示 has not ended) is what the official needs to see.
 */
export function useRiskCase(reportId: string) {
  const [data, setData] = useState<CaseState>({ state: 'loading' });
  const [notice, setNotice] = useState<{ text: string; tone: 'info' | 'warning' } | null>(null);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setData({ state: 'loading' });
    void api.risk.get({ reportId }).then((result) => {
      if (mine !== generation.current) return;
      setData(
        result.ok
          ? { state: 'ready', report: result.data }
          : { state: 'error', error: result.error },
      );
    });
  }, [reportId]);

  useEffect(() => {
    if (reportId) reload();
  }, [reportId, reload]);

  const replace = useCallback((report: ReportView, text: string) => {
    generation.current += 1;
    setData({ state: 'ready', report });
    setNotice({ text, tone: 'info' });
  }, []);

  const afterConflict = useCallback(
    (serverMessage: string, seenVersion: number) => {
      const mine = ++generation.current;
      void api.risk.get({ reportId }).then((result) => {
        if (mine !== generation.current) return;
        if (!result.ok) {
          setNotice({ text: serverMessage, tone: 'warning' });
          return;
        }
        setData({ state: 'ready', report: result.data });
        setNotice({
          text: result.data.version !== seenVersion ? SOMEONE_ELSE_ACTED : serverMessage,
          tone: 'warning',
        });
      });
    },
    [reportId],
  );

  return { data, notice, reload, replace, afterConflict };
}

/** The household of the report: null while loading or when not linked yet; the error if unread. */
export function useCaseHousehold(householdId: string | null, version: number) {
  const [household, setHousehold] = useState<HouseholdView | null>(null);
  const [error, setError] = useState<ClientCallError | null>(null);
  useEffect(() => {
    setHousehold(null);
    setError(null);
    if (!householdId) return;
    let live = true;
    void api.households.get({ householdId }).then((result) => {
      if (!live) return;
      if (result.ok) setHousehold(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [householdId, version]);
  return { household, error };
}
