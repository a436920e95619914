import type { ActionInput } from '../../shared/src/contract/define-function';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { policiesCollection, policyVersionsCollection, versionId } from './policy-collections';
import { toPolicyView } from './policy-views';

type Actions = typeof policiesContract.actions;

/** Publishes a new version; every earlier version stays stored and readable. */
export async function upsert(input: ActionInput<Actions, 'upsert'>, ctx: HandlerContext) {
  const { policyId, ...content } = input;
  const now = ctx.clock.now().toISOString();
  const saved = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(policiesCollection, policyId);
    const version = (existing?.version ?? 0) + 1;
    await tx.insert(policyVersionsCollection, {
      _id: versionId(policyId, version),
      policyId,
      version,
      ...content,
      updatedAt: now,
      demo: false,
    });
    const fields = { ...content, version, updatedAt: now, demo: false };
    const doc = existing
      ? await tx.update(
          policiesCollection,
          policyId,
          { set: fields },
          { ifVersion: existing._version },
        )
      : await tx.insert(policiesCollection, { _id: policyId, ...fields, order: 1000 });
    await ctx.audit.record(
      {
        entity: 'policy',
        entityId: policyId,
        from: existing ? `v${existing.version}` : null,
        to: `v${version}`,
      },
      tx,
    );
    return doc;
  });
  return toPolicyView(policyId, saved, true);
}
