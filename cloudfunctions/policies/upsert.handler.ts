import type { ActionInput } from '../../shared/src/contract/define-function';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { policiesCollection, policyVersionsCollection, versionId } from './policy-collections';
import { toPolicyView } from './policy-views';

type Actions = typeof policiesContract.actions;

/** Publishes a new version; every earlier version stays stored and readable. */
export async function upsert(input: ActionInput<Actions, 'upsert'>, ctx: HandlerContext) {
  const { policyId, expectedVersion, changeNote, ...content } = input;
  const now = ctx.clock.now().toISOString();
  const saved = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(policiesCollection, policyId);
    if (expectedVersion === 0 && existing)
      throw conflict('这个政策编号已经有了，请换一个，或去修改那项政策。');
    if (expectedVersion && !existing) throw notFound('没有找到这项政策。');
    if (expectedVersion !== undefined && existing && existing.version !== expectedVersion)
      throw conflict('这项政策刚被别人改过，请刷新后再改。');
    const version = (existing?.version ?? 0) + 1;
    await tx.insert(policyVersionsCollection, {
      _id: versionId(policyId, version),
      policyId,
      version,
      ...content,
      changeNote: changeNote || null,
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
        ...(changeNote ? { note: changeNote } : {}),
      },
      tx,
    );
    return doc;
  });
  return toPolicyView(policyId, saved, true);
}
