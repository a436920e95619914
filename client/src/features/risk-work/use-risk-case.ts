import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import type { HouseholdView } from '../households/households-api';
import { useReviewCase } from '../review-work/use-review-case';
import type { ReportView } from './risk-work-api';

export const SOMEONE_ELSE_ACTED = '别人刚处理过这份申报，已为您刷新成最新的，请看一下再决定。';

export type CaseState =
  | { state: 'loading' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'ready'; report: ReportView };

const getReport = (reportId: string) => api.risk.get({ reportId });

/** One report for an official (`risk.get`), reloaded after a CONFLICT (`useReviewCase`). */
export function useRiskCase(reportId: string) {
  const c = useReviewCase<ReportView>(reportId, getReport, SOMEONE_ELSE_ACTED);
  const data: CaseState =
    c.data.state === 'ready' ? { state: 'ready', report: c.data.view } : c.data;
  return { ...c, data };
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
