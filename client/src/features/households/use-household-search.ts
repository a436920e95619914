import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type {
  HouseholdCategory,
  HouseholdSummary,
  ListHouseholdsPayload,
  MonitorType,
} from './households-api';
import { usePagedList } from './use-paged-list';

export const SEARCH_PAGE_SIZE = 10;

export interface SearchFilters {
  /** What the cadre typed: a name beginning or the last 4 of the head's ID number. */
  q: string;
  category: HouseholdCategory | null;
  monitorType: MonitorType | null;
}

const NO_FILTERS: SearchFilters = { q: '', category: null, monitorType: null };

export function listPayload(filters: SearchFilters, cursor?: string): ListHouseholdsPayload {
  const q = filters.q.trim();
  return {
    limit: SEARCH_PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.category === 'monitored' && filters.monitorType
      ? { monitorType: filters.monitorType }
      : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/**
 * Household search for cadres: the text box is applied on 搜索, the category chips at once;
 * results come ten at a time.
 */
export function useHouseholdSearch() {
  const [typed, setTyped] = useState('');
  const [applied, setApplied] = useState<SearchFilters>(NO_FILTERS);
  const list = usePagedList<HouseholdSummary>(
    (cursor) => api.households.list(listPayload(applied, cursor)),
    JSON.stringify(applied),
  );
  const search = useCallback(() => setApplied((f) => ({ ...f, q: typed })), [typed]);
  const setCategory = useCallback(
    (category: HouseholdCategory | null) =>
      setApplied((f) => ({ ...f, category, monitorType: null })),
    [],
  );
  const setMonitorType = useCallback(
    (monitorType: MonitorType | null) => setApplied((f) => ({ ...f, monitorType })),
    [],
  );
  return { typed, setTyped, applied, search, setCategory, setMonitorType, list };
}
