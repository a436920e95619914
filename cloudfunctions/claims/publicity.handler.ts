import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { maskName } from '../../shared/src/privacy/mask';
import { addCalendarDays, chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { requireUser } from '../platform/runtime/require-user';
import { scopeFilter } from '../platform/runtime/scope';
import { claimsCollection } from './claim-collections';

type Actions = typeof claimsContract.actions;

/** How long after its end a 公示 is still listed (a family looks back at what was shown). */
export const PUBLICITY_RECENT_DAYS = 30;

/**
 * 理赔公示: approved and paid claims whose 公示 is running or ended in the last 30 days. A villager
 * sees their own village's; cadres their area's; the insurer the city's. Only the name masked
 * (马*礼), the village, the type and the amount — never the illness, the papers or the account.
 */
export async function publicity(input: ActionInput<Actions, 'publicity'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const today = chinaDate(ctx.clock.now());
  let area: Filter;
  if (caller.role === 'villager') {
    if (!caller.villageId) return { items: [], nextCursor: null };
    area = { villageId: caller.villageId };
  } else area = scopeFilter(ctx.scope);
  const page = await ctx.store.collection(claimsCollection).find(
    {
      ...area,
      status: { $in: ['approved', 'paid'] },
      'publicity.endsOn': { $gte: addCalendarDays(today, -PUBLICITY_RECENT_DAYS) },
    },
    { sort: [['approvedAt', 'desc']], limit: input.limit, after: input.cursor },
  );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((c) => c.villageId),
  );
  const items = [];
  for (const c of page.items) {
    if (!c.publicity || c.approvedAmount === null) continue;
    items.push({
      claimId: c._id,
      villageName: names.get(c.villageId) ?? null,
      maskedName: maskName(c.subjectName),
      type: c.type,
      approvedAmount: c.approvedAmount,
      startsOn: c.publicity.startsOn,
      endsOn: c.publicity.endsOn,
    });
  }
  return { items, nextCursor: page.nextCursor };
}
