import type { JoinDecider } from '../../shared/src/households/join-requests';
import { joinDecider } from '../../shared/src/households/join-requests';
import type { Doc, Transaction } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { usersCollection } from '../platform/runtime/platform-collections';
import type { HouseholdDoc } from './household-collections';

/** Whether an account is this household's head: linked to it, with the head member's ID number. */
export function isHeadAccount(
  user: Pick<UserDoc, 'householdId' | 'idNumber'>,
  h: Doc<HouseholdDoc>,
) {
  const head = h.members.find((m) => m.relation === 'head');
  return Boolean(
    head &&
    user.householdId === h._id &&
    user.idNumber &&
    user.idNumber.hash === head.idNumber.hash,
  );
}

/** Who the caller is for this household's join requests: its village cadre, its head, or nobody. */
export async function deciderFor(
  ctx: HandlerContext,
  tx: Transaction | null,
  h: Doc<HouseholdDoc>,
): Promise<JoinDecider> {
  if (ctx.caller.kind !== 'user') return null;
  const { role, villageId, householdId, userId } = ctx.caller;
  const linked =
    householdId !== h._id
      ? null
      : tx
        ? await tx.get(usersCollection, userId)
        : await ctx.store.collection(usersCollection).get(userId);
  return joinDecider(
    {
      role,
      villageId,
      linkedHouseholdId: householdId,
      isHeadOfLinkedHousehold: linked ? isHeadAccount(linked, h) : false,
    },
    { householdId: h._id, villageId: h.villageId },
  );
}

export function joinRequestId(householdId: string, userId: string): string {
  return `${householdId}~${userId}`;
}
