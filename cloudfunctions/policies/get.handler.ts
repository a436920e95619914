import type { ActionInput } from '../../shared/src/contract/define-function';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { policiesCollection, policyVersionsCollection, versionId } from './policy-collections';
import { toPolicyView } from './policy-views';

type Actions = typeof policiesContract.actions;

/** The current text, or an older version (kept readable), with the list of all versions. */
export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const current = await ctx.store.collection(policiesCollection).get(input.policyId);
  if (!current) throw notFound('没有找到这项政策。');
  const versions = (
    await ctx.store
      .collection(policyVersionsCollection)
      .find({ policyId: input.policyId }, { sort: [['version', 'desc']], limit: 1000 })
  ).items.map((v) => ({
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    updatedAt: v.updatedAt,
    changeNote: v.changeNote || null,
  }));
  if (input.version === undefined || input.version === current.version) {
    return { ...toPolicyView(current._id, current, true), versions };
  }
  const old = await ctx.store
    .collection(policyVersionsCollection)
    .get(versionId(input.policyId, input.version));
  if (!old) throw notFound('没有找到这个版本。');
  return { ...toPolicyView(input.policyId, old, false), versions };
}
