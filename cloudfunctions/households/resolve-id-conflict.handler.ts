import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { idConflictsCollection } from './household-collections';

type Actions = typeof householdsContract.actions;

/**
 * The town (for two villages of its town) or the city closes an ID-number conflict after checking
 * it (e.g. the person was taken out of one household with `update`); the note goes to the audit.
 */
export async function resolveIdConflict(
  input: ActionInput<Actions, 'resolveIdConflict'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const c = await tx.get(idConflictsCollection, input.conflictId);
    const mine =
      c &&
      (ctx.scope.level === 'city' ||
        (ctx.scope.level === 'town' && c.resolveAt === 'town' && c.townId === ctx.scope.townId));
    if (!c || !mine) throw notFound('没有找到这条待核实记录。');
    if (c.status !== 'open') throw conflict('这条记录已经处理过了。');
    await tx.update(
      idConflictsCollection,
      c._id,
      { set: { status: 'resolved', resolvedAt: now, resolvedBy: caller.userId } },
      { ifVersion: c._version },
    );
    await ctx.audit.record(
      { entity: 'id_conflict', entityId: c._id, from: 'open', to: 'resolved', note: input.note },
      tx,
    );
    return { conflictId: c._id, status: 'resolved' as const };
  });
}
