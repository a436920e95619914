import { useEffect, useState } from 'react';
import type { PolicyCategory } from '@shared/policies/policy-labels';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import type { PolicySummaryView } from './policies-api';

export interface PolicyFilter {
  category: PolicyCategory | null;
  /** Everyday words (上学, 看病, 贷款); when set, the list shows search results. */
  query: string;
}

/** The policy list by category chip, or the results of a search in everyday words. */
export function usePolicyList(initial: PolicyFilter = { category: null, query: '' }) {
  const [filter, setFilter] = useState<PolicyFilter>(initial);
  const query = filter.query.trim();
  const list = useRemoteData<{ items: PolicySummaryView[] }>(
    () =>
      query
        ? api.policies.search({ q: query })
        : api.policies.list(filter.category ? { category: filter.category } : {}),
    false,
    // Offline each category's last-seen list is shown; search results are not kept.
    { lastSeen: query ? null : `policies.list|${filter.category ?? 'all'}` },
  );
  const { reload } = list;
  useEffect(() => reload(), [reload, query, filter.category]);
  return {
    filter,
    /** Picking a category leaves the search. */
    chooseCategory: (category: PolicyCategory | null) => setFilter({ category, query: '' }),
    /** A search looks through every category. */
    search: (words: string) => setFilter({ category: null, query: words }),
    list,
  };
}
