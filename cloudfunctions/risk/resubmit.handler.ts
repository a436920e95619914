import type { ActionInput } from '../../shared/src/contract/define-function';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { runTransition } from '../platform/review-workflow/run-transition';
import { forbidden, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { checkOwnPhotos } from './check-photos';
import { RISK_CASES } from './risk-case-workflow';
import { toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/** The filer amends a returned report; it goes back to the stage that returned it. */
export async function resubmit(input: ActionInput<Actions, 'resubmit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  for (const [field, text] of [
    ['answer', input.answer],
    ['description', input.description ?? ''],
  ] as const) {
    const v = await ctx.contentCheck.checkText(text);
    if (!v.ok) throw invalid({ [field]: v.reason }, v.reason);
  }
  if (input.photoFileIds)
    await checkOwnPhotos(ctx.store, caller.userId, input.photoFileIds, 'photoFileIds');
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'resubmit' },
    step: { kind: 'resubmitted', note: input.answer },
    check(r) {
      if (r.filerId !== caller.userId)
        throw forbidden('只有申报人本人可以补充后重新提交。');
    },
    patch: () => ({
      returnNote: null,
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.estimatedCost !== undefined ? { estimatedCost: input.estimatedCost } : {}),
      ...(input.photoFileIds !== undefined ? { photoFileIds: input.photoFileIds } : {}),
    }),
    event: () => ({ kind: 'risk.resubmitted', detail: null }),
  });
  return toReportView(ctx, caller, updated);
}
