import { useState } from 'react';
import type { ExhibitCategory } from '@shared/exhibits/exhibit-labels';
import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { ExhibitCardView, ListExhibitsPayload } from './exhibits-api';

export const EXHIBIT_PAGE_SIZE = 10;

export interface ExhibitFilter {
  villageId: string | null;
  category: ExhibitCategory | null;
  query: string;
}

export function exhibitListPayload(filter: ExhibitFilter, cursor?: string): ListExhibitsPayload {
  const q = filter.query.trim();
  return {
    limit: EXHIBIT_PAGE_SIZE,
    ...(filter.villageId ? { villageId: filter.villageId } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(q ? { q } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** Published exhibits by village, category and keyword, page by page. */
export function useExhibitList(
  initial: ExhibitFilter = { villageId: null, category: null, query: '' },
) {
  const [filter, setFilter] = useState<ExhibitFilter>(initial);
  const list = usePagedList<ExhibitCardView>(
    (cursor) => api.exhibits.list(exhibitListPayload(filter, cursor)),
    `${filter.villageId ?? 'all'}|${filter.category ?? 'all'}|${filter.query.trim()}`,
    true,
    // Offline the village's last-seen cards are shown; search results are not kept.
    { lastSeen: filter.query.trim() ? null : 'exhibits.list' },
  );
  const change = (patch: Partial<ExhibitFilter>) =>
    setFilter((before) => ({ ...before, ...patch }));
  return { filter, change, list };
}
