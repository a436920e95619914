import type { ActionInput } from '../../shared/src/contract/define-function';
import { eliminationProblems } from '../../shared/src/risk/elimination-rule';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { householdsCollection } from '../households/household-collections';
import { runTransition } from '../platform/review-workflow/run-transition';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { membersForLabour } from './move-household-category';
import { RISK_CASES } from './risk-case-workflow';
import { plainDate } from './risk-dates';
import { publicityFrom } from './review.handler';
import { toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/**
 * The village proposes 风险消除 after its visit; the pure rule refuses it with every reason in
 * plain words. Accepted, it is publicised in the village and goes to the town, then the city.
 */
export async function proposeElimination(
  input: ActionInput<Actions, 'proposeElimination'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const v = await ctx.contentCheck.checkText(input.note);
  if (!v.ok) throw invalid({ note: v.reason }, v.reason);
  const publicity = publicityFrom('elimination', now);
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: {
      kind: 'to',
      status: 'elimination_proposed',
      from: ['assisting'],
      refusal: '只有正在帮扶的户才能申请风险消除。',
    },
    step: { kind: 'elimination_proposed', note: input.note },
    async check(r, tx) {
      const h = r.householdId ? await tx.get(householdsCollection, r.householdId) : null;
      if (!h || !r.monitoredSince) throw conflict('这件申报还没有纳入监测的户，不能申请风险消除。');
      const problems = eliminationProblems({
        monitoredSince: r.monitoredSince,
        now,
        measures: r.plan?.measures ?? [],
        incomePerHead: input.incomePerHead,
        members: membersForLabour(h, now),
      });
      if (problems.length) throw conflict(`现在还不能申请风险消除：${problems.join('')}`);
    },
    patch: () => ({
      elimination: {
        proposedAt: now.toISOString(),
        visitedOn: input.visitedOn,
        incomePerHead: input.incomePerHead,
        method: input.method,
        note: input.note,
        resolvedAt: null,
      },
      publicity,
    }),
    event: () => ({
      kind: 'risk.elimination_proposed',
      detail: `村内公示${plainDate(publicity.startsOn)}至${plainDate(publicity.endsOn)}。`,
    }),
    notice: () => ({
      template: 'risk.elimination_proposed',
      message: `村里为您家申请了风险消除，公示到${plainDate(publicity.endsOn)}，之后镇上审核。`,
    }),
  });
  return toReportView(ctx, caller, updated);
}
