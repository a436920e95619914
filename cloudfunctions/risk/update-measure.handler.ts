import type { ActionInput } from '../../shared/src/contract/define-function';
import { MEASURE_STATUS_LABEL, SECTORS } from '../../shared/src/risk/risk-catalogue';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { runTransition } from '../platform/review-workflow/run-transition';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { RISK_CASES } from './risk-case-workflow';
import { MEASURE_STATUSES_OPEN, toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/** Progress of one measure of the plan (planned → in progress → done). */
export async function updateMeasure(
  input: ActionInput<Actions, 'updateMeasure'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const nowIso = ctx.clock.now().toISOString();
  if (input.note) {
    const v = await ctx.contentCheck.checkText(input.note);
    if (!v.ok) throw invalid({ note: v.reason }, v.reason);
  }
  let label = '';
  const updated = await runTransition(ctx, RISK_CASES, {
    id: input.reportId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'stay', when: MEASURE_STATUSES_OPEN, refusal: '这件申报已经办结，措施不能再改。' },
    step: { kind: 'measure_updated', note: input.note ?? null },
    check(r) {
      if (!r.plan) throw conflict('还没有帮扶计划，请先制定计划。');
      const m = r.plan.measures.find((x) => x.measureId === input.measureId);
      if (!m) throw notFound('没有找到这项措施。');
      label = `${SECTORS[m.sector].label}措施「${m.title}」${MEASURE_STATUS_LABEL[input.status]}`;
    },
    patch: (r) =>
      r.plan
        ? {
            plan: {
              ...r.plan,
              measures: r.plan.measures.map((m) =>
                m.measureId === input.measureId
                  ? { ...m, status: input.status, note: input.note ?? m.note, updatedAt: nowIso }
                  : m,
              ),
            },
          }
        : {},
    event: () => ({ kind: 'risk.measure_updated', detail: `${label}。` }),
    notice: () =>
      input.status === 'done' ? { template: 'risk.measure_done', message: `${label}。` } : null,
  });
  return toReportView(ctx, caller, updated);
}
