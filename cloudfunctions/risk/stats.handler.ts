import type { ActionInput } from '../../shared/src/contract/define-function';
import { addWorkingDays, chinaDate } from '../../shared/src/review-workflow/working-days';
import { RISK_TYPE_CODES } from '../../shared/src/risk/risk-catalogue';
import type { RiskType } from '../../shared/src/risk/risk-catalogue';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import type { RiskStatus } from '../../shared/src/risk/risk-statuses';
import { RISK_STATUSES } from '../../shared/src/risk/risk-statuses';
import type { Doc } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { areaUnits } from '../platform/runtime/area-units';
import { scopeFilter } from '../platform/runtime/scope';
import type { RiskReportDoc } from './risk-collections';
import { riskReportsCollection } from './risk-collections';

type Actions = typeof riskContract.actions;

const CLOSED: readonly RiskStatus[] = ['resolved', 'rejected'];
const MONITORED: readonly RiskStatus[] = [
  'city_approved',
  'assisting',
  'elimination_proposed',
  'elimination_town_reviewed',
];

/** 统计: by stage, overdue and due soon (≤ 2 working days), by risk type, by village or town. */
export async function stats(_input: ActionInput<Actions, 'stats'>, ctx: HandlerContext) {
  const today = chinaDate(ctx.clock.now());
  const soon = addWorkingDays(today, 2);
  const scope = ctx.scope;
  const byStatus = Object.fromEntries(RISK_STATUSES.map((s) => [s, 0])) as Record<
    RiskStatus,
    number
  >;
  const byRiskType = Object.fromEntries(RISK_TYPE_CODES.map((r) => [r, 0])) as Record<
    RiskType,
    number
  >;
  const units = new Map<
    string,
    { open: number; overdue: number; monitored: number; resolved: number }
  >();
  const byTown = scope.level === 'city';
  const unitOf = (r: Doc<RiskReportDoc>) => (byTown ? r.townId : r.villageId);
  let total = 0;
  let open = 0;
  let overdue = 0;
  let dueSoon = 0;
  let after: string | undefined;
  do {
    const page = await ctx.store
      .collection(riskReportsCollection)
      .find(scopeFilter(scope), { sort: [['submittedAt', 'desc']], limit: 1000, after });
    for (const r of page.items) {
      total += 1;
      byStatus[r.status] += 1;
      for (const risk of r.risks) byRiskType[risk] += 1;
      const u = units.get(unitOf(r)) ?? { open: 0, overdue: 0, monitored: 0, resolved: 0 };
      const isOpen = !CLOSED.includes(r.status);
      // Overdue and due soon count the officials' steps (not the family's appeal window).
      const official =
        r.waitingFor === 'village' || r.waitingFor === 'town' || r.waitingFor === 'city';
      const late = official && r.dueOn !== null && r.dueOn < today;
      if (isOpen) {
        open += 1;
        u.open += 1;
      }
      if (late) {
        overdue += 1;
        u.overdue += 1;
      }
      if (official && r.dueOn !== null && r.dueOn >= today && r.dueOn <= soon) dueSoon += 1;
      if (MONITORED.includes(r.status)) u.monitored += 1;
      if (r.status === 'resolved') u.resolved += 1;
      units.set(unitOf(r), u);
    }
    after = page.nextCursor ?? undefined;
  } while (after);

  const { scopeName, names } = await areaUnits(ctx.store, scope, units.keys());
  return {
    scopeName,
    total,
    byStatus,
    open,
    overdue,
    dueSoon,
    byRiskType,
    byUnit: [...names].map(([unitId, unitName]) => ({
      unitId,
      unitName,
      ...(units.get(unitId) ?? { open: 0, overdue: 0, monitored: 0, resolved: 0 }),
    })),
  };
}
