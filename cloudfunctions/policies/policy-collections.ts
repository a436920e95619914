import type { PolicyContent } from '../../shared/src/policies/policies-contract';
import { defineCollection } from '../platform/ports/store';

/** The current version of each policy (id = policyId). */
export interface PolicyDoc extends PolicyContent {
  version: number;
  /** The register's order, for lists. */
  order: number;
  updatedAt: string;
  demo: boolean;
}

/** Every version ever published (id = `<policyId>@<version>`), kept readable forever. */
export interface PolicyVersionDoc extends PolicyContent {
  policyId: string;
  version: number;
  /** 修改说明 (versions before it existed have none). */
  changeNote?: string | null;
  updatedAt: string;
  demo: boolean;
}

export const policiesCollection = defineCollection<PolicyDoc>('policies', [
  { fields: ['category', 'order'] },
  { fields: ['order'] },
]);
export const policyVersionsCollection = defineCollection<PolicyVersionDoc>('policy_versions', [
  { fields: ['policyId', 'version'] },
]);

export const POLICY_COLLECTIONS = [policiesCollection, policyVersionsCollection] as const;

export const versionId = (policyId: string, version: number) => `${policyId}@${version}`;
