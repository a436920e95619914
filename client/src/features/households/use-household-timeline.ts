import { api } from '../../api/api';
import type { TimelineEvent } from './households-api';
import { usePagedList, type PagedList } from './use-paged-list';

export const TIMELINE_PAGE_SIZE = 10;

/** A household's records, newest first, ten at a time ("load more" follows the cursor). */
export function useHouseholdTimeline(householdId: string | null): PagedList<TimelineEvent> {
  return usePagedList<TimelineEvent>(
    (cursor) =>
      api.households.timeline({
        householdId: householdId ?? '',
        limit: TIMELINE_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      }),
    householdId ?? '',
    householdId !== null,
  );
}
