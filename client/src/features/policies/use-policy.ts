import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import type { PolicyArticle } from './policies-api';

/** One policy explainer; `version` opens an older version (the server keeps them readable). */
export function usePolicy(policyId: string, version?: number) {
  return useRemoteData<PolicyArticle>(() =>
    api.policies.get(version === undefined ? { policyId } : { policyId, version }),
  );
}
