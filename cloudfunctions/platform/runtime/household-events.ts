import type { HouseholdEventKind } from '../../../shared/src/households/household-event-kinds';
import { HOUSEHOLD_EVENT_KINDS } from '../../../shared/src/households/household-event-kinds';
import type { Transaction } from '../ports/store';
import type { HandlerContext } from './handler-context';
import { newId } from './new-id';
import { householdEventsCollection } from './platform-collections';

/**
 * Puts an event on a household's timeline inside the change's transaction. Details must not
 * hold ID numbers, phones, illness names or amounts the family has not agreed to show.
 */
export async function recordHouseholdEvent(
  ctx: HandlerContext,
  tx: Transaction,
  event: {
    household: { _id: string; villageId: string; townId: string };
    kind: HouseholdEventKind;
    detail?: string | null;
    ref?: string | null;
  },
): Promise<void> {
  await tx.insert(householdEventsCollection, {
    _id: newId(),
    householdId: event.household._id,
    villageId: event.household.villageId,
    townId: event.household.townId,
    at: ctx.clock.now().toISOString(),
    kind: event.kind,
    title: HOUSEHOLD_EVENT_KINDS[event.kind],
    detail: event.detail ?? null,
    actorId: ctx.caller.kind === 'user' ? ctx.caller.userId : null,
    actorRole: ctx.caller.kind === 'user' ? ctx.caller.role : null,
    ref: event.ref ?? null,
  });
}
