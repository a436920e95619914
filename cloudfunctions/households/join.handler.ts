import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection, invitationsCollection } from './household-collections';
import { orgUnitNames } from '../platform/runtime/org-unit-names';

type Actions = typeof householdsContract.actions;

export const MAX_INVITATION_USES = 10;

export async function join(input: ActionInput<Actions, 'join'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const h = await ctx.store.transaction(async (tx) => {
    const inv = await tx.get(invitationsCollection, input.code);
    if (!inv || inv.expiresAt < now) throw notFound('加入码不对或已过期，请找村干部重新生成。');
    if (caller.householdId === inv.householdId) {
      const same = await tx.get(householdsCollection, inv.householdId);
      if (!same) throw notFound();
      return same;
    }
    if (caller.householdId) throw conflict('您已经关联了一户，如需更换请联系村干部。');
    if (inv.uses >= MAX_INVITATION_USES) throw conflict('这个加入码已用满，请找村干部重新生成。');
    const household = await tx.get(householdsCollection, inv.householdId);
    const user = await tx.get(usersCollection, caller.userId);
    if (!household || !user) throw notFound();
    await tx.update(
      usersCollection,
      user._id,
      {
        set: {
          householdId: household._id,
          orgUnitId: household.villageId,
          villageId: household.villageId,
          townId: household.townId,
          updatedAt: now,
        },
      },
      { ifVersion: user._version },
    );
    await tx.update(
      invitationsCollection,
      inv._id,
      { inc: { uses: 1 } },
      { ifVersion: inv._version },
    );
    await ctx.audit.record(
      { entity: 'household', entityId: household._id, note: `member joined: ${user._id}` },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household,
      kind: 'household.member_joined',
      detail: user.name ?? null,
    });
    return household;
  });
  const names = await orgUnitNames(ctx.store, [h.villageId]);
  return { householdId: h._id, headName: h.headName, villageName: names.get(h.villageId) ?? null };
}
