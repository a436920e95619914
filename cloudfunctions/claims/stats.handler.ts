import { CLAIM_TYPES } from '../../shared/src/claims/claim-schemes';
import type { ClaimType } from '../../shared/src/claims/claim-schemes';
import type { claimsContract } from '../../shared/src/claims/claims-contract';
import { CLAIM_STATUSES } from '../../shared/src/claims/claim-statuses';
import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Doc } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { areaUnits } from '../platform/runtime/area-units';
import { requireUser } from '../platform/runtime/require-user';
import type { ClaimDoc } from './claim-collections';
import { claimsCollection } from './claim-collections';
import { claimAreaFilter, OFFICIAL_LEVELS } from './queue.handler';

type Actions = typeof claimsContract.actions;

const CLOSED: readonly ClaimStatus[] = ['paid', 'rejected'];
const GRANTED: readonly ClaimStatus[] = ['approved', 'paid'];

interface UnitCounts {
  claims: number;
  open: number;
  overdue: number;
  paidAmount: number;
}

/**
 * 统计: claims by stage, by type (with the approved and paid amounts) and by village (a town's
 * view) or town (the city's and the insurer's), and the officials' overdue steps.
 */
export async function stats(_input: ActionInput<Actions, 'stats'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const today = chinaDate(ctx.clock.now());
  const scope = ctx.scope;
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<
    ClaimStatus,
    number
  >;
  const byType = Object.fromEntries(
    CLAIM_TYPES.map((t) => [t, { claims: 0, approvedAmount: 0, paidAmount: 0 }]),
  ) as Record<ClaimType, { claims: number; approvedAmount: number; paidAmount: number }>;
  const units = new Map<string, UnitCounts>();
  const byTown = scope.level === 'city';
  const unitOf = (c: Doc<ClaimDoc>) => (byTown ? c.townId : c.villageId);
  let total = 0;
  let overdue = 0;
  let after: string | undefined;
  do {
    const page = await ctx.store.collection(claimsCollection).find(claimAreaFilter(caller, scope), {
      sort: [['submittedAt', 'desc']],
      limit: 1000,
      after,
    });
    for (const c of page.items) {
      total += 1;
      byStatus[c.status] += 1;
      const t = byType[c.type];
      t.claims += 1;
      const granted = GRANTED.includes(c.status) ? (c.approvedAmount ?? 0) : 0;
      const paid = c.status === 'paid' ? (c.approvedAmount ?? 0) : 0;
      t.approvedAmount += granted;
      t.paidAmount += paid;
      const u = units.get(unitOf(c)) ?? { claims: 0, open: 0, overdue: 0, paidAmount: 0 };
      u.claims += 1;
      if (!CLOSED.includes(c.status)) u.open += 1;
      const late =
        c.waitingFor !== null &&
        OFFICIAL_LEVELS.includes(c.waitingFor as (typeof OFFICIAL_LEVELS)[number]) &&
        c.dueOn !== null &&
        c.dueOn < today;
      if (late) {
        overdue += 1;
        u.overdue += 1;
      }
      u.paidAmount += paid;
      units.set(unitOf(c), u);
    }
    after = page.nextCursor ?? undefined;
  } while (after);

  const { scopeName, names } = await areaUnits(ctx.store, scope, units.keys());
  return {
    scopeName,
    total,
    overdue,
    byStatus,
    byType,
    byUnit: [...names].map(([unitId, unitName]) => ({
      unitId,
      unitName,
      ...(units.get(unitId) ?? { claims: 0, open: 0, overdue: 0, paidAmount: 0 }),
    })),
  };
}
