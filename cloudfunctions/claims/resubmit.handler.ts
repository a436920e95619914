import { itemsFor } from '../../shared/src/claims/claim-documents';
import type { claimsContract } from '../../shared/src/claims/claims-contract';
import { computePayout } from '../../shared/src/claims/payout-rule';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { capYearOf, grantedThisYear } from './claim-cap';
import type { ClaimDoc } from './claim-collections';
import { claimsCollection } from './claim-collections';
import { checkOwnClaimPhotos } from './check-claim-photos';
import { runClaimTransition } from './claim-transition';
import { toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

/**
 * The filer adds what was missing to a returned claim (the same claim): the papers sent replace
 * those of the same item, the others keep their photos; a replaced paper is checked again. The
 * estimate is worked out again (the household may have been paid meanwhile). It goes back to the
 * stage that returned it.
 */
export async function resubmit(input: ActionInput<Actions, 'resubmit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  if (input.answer) {
    const v = await ctx.contentCheck.checkText(input.answer);
    if (!v.ok) throw invalid({ answer: v.reason }, v.reason);
  }
  for (const [i, d] of input.documents.entries())
    await checkOwnClaimPhotos(ctx.store, caller.userId, d.fileIds, `documents.${i}.fileIds`);
  // What the household was granted this year is read before the transaction (by-id only there).
  const before = await ctx.store.collection(claimsCollection).get(input.claimId);
  const granted = before?.householdId
    ? await grantedThisYear(ctx.store, before.householdId, before.type, capYearOf(now), before._id)
    : 0;
  const updated = await runClaimTransition(ctx, {
    id: input.claimId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'resubmit' },
    step: { kind: 'resubmitted', note: input.answer || null },
    check(c) {
      if (c.filerId !== caller.userId) throw conflict('只有申请人本人可以补充后重新提交。');
      const allowed = new Set<string>(
        itemsFor(c.type, { proxy: c.proxy, accidentOutcome: c.accidentOutcome ?? undefined }),
      );
      for (const [i, d] of input.documents.entries())
        if (!allowed.has(d.item))
          throw invalid({ [`documents.${i}.item`]: '这种理赔不用交这项材料' });
    },
    patch(c): Partial<ClaimDoc> {
      const sent = new Map(input.documents.map((d) => [d.item, d.fileIds]));
      const kept = c.documents.filter((d) => !sent.has(d.item));
      const documents = [
        ...kept,
        ...input.documents.map((d) => ({ item: d.item, fileIds: d.fileIds })),
      ];
      const payout = computePayout(c.type, c.amounts, granted);
      return {
        documents,
        checks: c.checks ? c.checks.filter((k) => !sent.has(k.item)) : null,
        estimate: payout.payout,
        estimateLines: payout.lines,
        returnNote: null,
      };
    },
    event: () => ({ kind: 'claims.resubmitted', detail: input.answer || null }),
  });
  return toClaimView(ctx, caller, updated);
}
