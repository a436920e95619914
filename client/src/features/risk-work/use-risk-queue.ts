import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { ReportSummary, RiskStatus } from './risk-work-api';

export const QUEUE_PAGE_SIZE = 20;

export interface QueueFilters {
  /** 待办 (what waits for my level, by due date) or 全部 (everything in scope, newest first). */
  view: 'todo' | 'all';
  overdueOnly: boolean;
  villageId: string | null;
  status: RiskStatus | null;
}

export const NO_FILTERS: QueueFilters = {
  view: 'todo',
  overdueOnly: false,
  villageId: null,
  status: null,
};

/** The officials' queue with its filters; a changed filter reads again from the first page. */
export function useRiskQueue(initial: QueueFilters = NO_FILTERS) {
  const [filters, setFilters] = useState<QueueFilters>(initial);
  const list = usePagedList<ReportSummary>(
    (cursor) =>
      api.risk.queue({
        view: filters.view,
        overdueOnly: filters.overdueOnly,
        ...(filters.villageId ? { villageId: filters.villageId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        limit: QUEUE_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    JSON.stringify(filters),
  );
  const update = useCallback(
    (patch: Partial<QueueFilters>) => setFilters((f) => ({ ...f, ...patch })),
    [],
  );
  return { filters, update, list };
}
