import { randomInt } from 'node:crypto';
import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { INVITATION_HOURS } from '../../shared/src/households/join-requests';
import { requireUser } from '../platform/runtime/require-user';
import { invitationsCollection } from './household-collections';
import { loadHouseholdInScope } from './load-household';

type Actions = typeof householdsContract.actions;

/** No 0/O, 1/I/L: easy to read out over the phone. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export async function issueInvitation(
  input: ActionInput<Actions, 'issueInvitation'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const h = await loadHouseholdInScope(ctx, input.householdId);
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const expiresAt = new Date(
    ctx.clock.now().getTime() + INVITATION_HOURS * 3_600_000,
  ).toISOString();
  // The code comes back from the transaction, so a call resumed after a crash answers the stored one.
  return ctx.store.transaction(async (tx) => {
    await tx.insert(invitationsCollection, {
      _id: code,
      householdId: h._id,
      villageId: h.villageId,
      expiresAt,
      uses: 0,
      createdBy: caller.userId,
    });
    await ctx.audit.record({ entity: 'household', entityId: h._id, note: 'invitation issued' }, tx);
    return { code, expiresAt };
  });
}
