import { ROLE_LABEL } from '../../../shared/src/auth/roles';
import type { HouseholdEventKind } from '../../../shared/src/households/household-event-kinds';
import { initialState } from '../../../shared/src/review-workflow/transitions';
import type { Doc, NewDoc, Transaction } from '../ports/store';
import type { HandlerContext } from '../runtime/handler-context';
import { recordHouseholdEvent } from '../runtime/household-events';
import { requireUser } from '../runtime/require-user';
import type { CaseFields } from './case-doc';
import type { CaseWorkflow } from './run-transition';
import { waitingAt } from './waiting';

/**
 * Files a new case inside the caller's transaction: the engine's initial state, whose turn it is
 * and by when, the first timeline step, the audit entry and the household event.
 */
export async function createCase<S extends string, D extends CaseFields<S>>(
  ctx: HandlerContext,
  tx: Transaction,
  wf: CaseWorkflow<S, D>,
  c: {
    id: string;
    status: S;
    place: { villageId: string; townId: string; householdId: string | null };
    /** The feature's own fields. */
    fields: Omit<D, keyof CaseFields<S>>;
    note: string | null;
    event: ((doc: Doc<D>) => { kind: HouseholdEventKind; detail: string | null }) | null;
  },
): Promise<Doc<D>> {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const state = initialState(c.status);
  const waiting = waitingAt(wf.def, wf.waiting, state, { submittedAt: now, enteredAt: now });
  const doc = {
    ...c.fields,
    ...state,
    ...c.place,
    filerId: caller.userId,
    submittedAt: now,
    enteredAt: now,
    waitingFor: waiting.waitingFor,
    dueOn: waiting.dueOn,
    steps: [
      {
        at: now,
        kind: 'submitted',
        from: null,
        to: c.status,
        actorId: caller.userId,
        actorRole: caller.role,
        actorName: caller.name ?? ROLE_LABEL[caller.role],
        note: c.note,
      },
    ],
    updatedAt: now,
    _id: c.id,
  } as unknown as NewDoc<D> & { _id: string };
  const inserted = await tx.insert(wf.collection, doc);
  await ctx.audit.record({ entity: wf.entity, entityId: c.id, to: c.status, note: c.note }, tx);
  const event = c.event?.(inserted) ?? null;
  if (event && c.place.householdId)
    await recordHouseholdEvent(ctx, tx, {
      household: { _id: c.place.householdId, ...c.place },
      kind: event.kind,
      detail: event.detail,
      ref: c.id,
    });
  return inserted;
}
