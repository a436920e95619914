import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { ClaimStatus, ClaimSummary, ClaimTypeCode } from './claims-work-api';

export const CLAIMS_PAGE_SIZE = 20;

export interface ClaimQueueFilters {
  /** 待办 (what waits for my level, by due date) or 全部 (everything in scope, newest first). */
  view: 'todo' | 'all';
  overdueOnly: boolean;
  villageId: string | null;
  status: ClaimStatus | null;
  type: ClaimTypeCode | null;
}

export const NO_CLAIM_FILTERS: ClaimQueueFilters = {
  view: 'todo',
  overdueOnly: false,
  villageId: null,
  status: null,
  type: null,
};

/** The claims queue with its filters; a changed filter reads again from the first page. */
export function useClaimsQueue(initial: ClaimQueueFilters = NO_CLAIM_FILTERS) {
  const [filters, setFilters] = useState<ClaimQueueFilters>(initial);
  const list = usePagedList<ClaimSummary>(
    (cursor) =>
      api.claims.queue({
        view: filters.view,
        overdueOnly: filters.overdueOnly,
        ...(filters.villageId ? { villageId: filters.villageId } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.type ? { type: filters.type } : {}),
        limit: CLAIMS_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    JSON.stringify(filters),
  );
  const update = useCallback(
    (patch: Partial<ClaimQueueFilters>) => setFilters((f) => ({ ...f, ...patch })),
    [],
  );
  return { filters, update, list };
}
