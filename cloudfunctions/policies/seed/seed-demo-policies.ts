import { DEMO_POLICIES } from '../../../shared/src/policies/policy-content';
import type { Clock } from '../../platform/ports/clock';
import type { Store } from '../../platform/ports/store';
import { policiesCollection, policyVersionsCollection, versionId } from '../policy-collections';

/** Version 1 of each demo explainer (DEMO CONTENT: the city reviews it before real use). */
export async function seedDemoPolicies(store: Store, clock: Clock): Promise<number> {
  const now = clock.now().toISOString();
  let added = 0;
  for (const [order, { policyId, ...content }] of DEMO_POLICIES.entries()) {
    if (await store.collection(policiesCollection).get(policyId)) continue;
    await store.transaction(async (tx) => {
      await tx.insert(policyVersionsCollection, {
        _id: versionId(policyId, 1),
        policyId,
        version: 1,
        ...content,
        updatedAt: now,
        demo: true,
      });
      await tx.insert(policiesCollection, {
        _id: policyId,
        ...content,
        version: 1,
        order,
        updatedAt: now,
        demo: true,
      });
    });
    added++;
  }
  return added;
}
