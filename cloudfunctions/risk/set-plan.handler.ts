import type { ActionInput } from '../../shared/src/contract/define-function';
import { SECTORS } from '../../shared/src/risk/risk-catalogue';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { canWork } from '../../shared/src/risk/labour-capacity';
import { measureWarnings } from '../../shared/src/risk/measure-matching';
import { householdsCollection } from '../households/household-collections';
import { runTransition } from '../platform/review-workflow/run-transition';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { requireUser } from '../platform/runtime/require-user';
import { membersForLabour } from './move-household-category';
import { RISK_CASES } from './risk-case-workflow';
import type { MeasureDoc } from './risk-collections';
import { GREEN_CHANNEL_PLAN_STATUSES, PLAN_STATUSES, toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

export const PLAN_REFUSAL = '市里审定纳入监测以后才能制定帮扶计划（绿色通道的急难申报除外）。';

/**
 * 一户一策 (119): the plan text, 防贫保险 enrolment and sector measures. After 市审定 it puts the
 * report into `assisting`; an urgent (绿色通道) report may get its plan from the start.
 */
export async function setPlan(input: ActionInput<Actions, 'setPlan'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const v = await ctx.contentCheck.checkText(
    [input.planText, ...input.measures.map((m) => m.title)].join('\n'),
  );
  if (!v.ok) throw invalid({ planText: v.reason }, v.reason);
  const ids = input.measures.map((m) => m.measureId).filter((id) => id !== undefined);
  if (new Set(ids).size !== ids.length) throw invalid({ measures: '有两项措施用了同一个编号' });
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: (r) =>
      r.status === 'city_approved'
        ? { kind: 'to', status: 'assisting', from: ['city_approved'], refusal: PLAN_REFUSAL }
        : {
            kind: 'stay',
            when: r.urgent ? GREEN_CHANNEL_PLAN_STATUSES : PLAN_STATUSES,
            refusal: PLAN_REFUSAL,
          },
    step: { kind: 'plan_set', note: `共${input.measures.length}项帮扶措施` },
    async patch(r, _next, tx) {
      const before = new Map((r.plan?.measures ?? []).map((m) => [m.measureId, m]));
      const measures: MeasureDoc[] = input.measures.map((m) => {
        if (m.measureId !== undefined && !before.has(m.measureId))
          throw invalid({ measures: '有一项措施找不到了，请刷新后再改' });
        const old = m.measureId !== undefined ? before.get(m.measureId) : undefined;
        return {
          measureId: m.measureId ?? newId(),
          sector: m.sector,
          title: m.title,
          department: m.department ?? SECTORS[m.sector].department,
          responsible: m.responsible,
          dueOn: m.dueOn,
          status: m.status,
          note: old?.note ?? null,
          updatedAt: nowIso,
        };
      });
      const h = r.householdId ? await tx.get(householdsCollection, r.householdId) : null;
      const warnings = measureWarnings({
        risks: r.visit?.confirmedRisks ?? r.risks,
        sectors: measures.map((m) => m.sector),
        hasLabour: h ? membersForLabour(h, now).some(canWork) : false,
      });
      return {
        plan: {
          text: input.planText,
          insurance: {
            enrolled: input.insurance.enrolled,
            policyNumber: input.insurance.policyNumber ?? null,
          },
          measures,
          setAt: nowIso,
          setById: caller.userId,
          setByName: caller.name ?? '帮扶干部',
          warnings,
        },
      };
    },
    event: () => ({
      kind: 'risk.plan_set',
      detail: `一户一策帮扶计划，共${input.measures.length}项措施。`,
    }),
    notice: () => ({
      template: 'risk.plan_set',
      message: `您家的帮扶计划定好了，共${input.measures.length}项措施，可以在「我的家」里看。`,
    }),
  });
  return toReportView(ctx, caller, updated);
}
