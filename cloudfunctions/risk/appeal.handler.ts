import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { runTransition } from '../platform/review-workflow/run-transition';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { RISK_CASES } from './risk-case-workflow';
import type { RiskReportDoc } from './risk-collections';
import { plainDate } from './risk-dates';
import { levelOf, toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/** The family appeals a rejection, once, within the window; it lands at the level above. */
export async function appeal(input: ActionInput<Actions, 'appeal'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const v = await ctx.contentCheck.checkText(input.reason);
  if (!v.ok) throw invalid({ reason: v.reason }, v.reason);
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'appeal' },
    step: { kind: 'appealed', note: input.reason },
    check(r) {
      if (r.dueOn && chinaDate(now) > r.dueOn)
        throw conflict(`申请复核要在${plainDate(r.dueOn)}前提出，现在已经过了期限。`);
    },
    patch: (_r, next): Partial<RiskReportDoc> => ({
      appeal: {
        at: now.toISOString(),
        reason: input.reason,
        toLevel: levelOf(next.status) === 'city' ? 'city' : 'town',
      },
    }),
    event: () => ({ kind: 'risk.appealed', detail: null }),
  });
  return toReportView(ctx, caller, updated);
}
