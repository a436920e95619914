import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';
import { inScope } from '../platform/runtime/scope';

/** The village a cadre writes into must exist and lie inside their unit. */
export async function villageInScope(ctx: HandlerContext, villageId: string) {
  const unit = await ctx.store.collection(orgUnitsCollection).get(villageId);
  if (
    !unit ||
    unit.level !== 'village' ||
    !unit.townId ||
    !inScope(ctx.scope, { villageId, townId: unit.townId })
  ) {
    throw invalid({ villageId: '只能为本辖区的村建档' });
  }
  return { villageId, townId: unit.townId, name: unit.name };
}
