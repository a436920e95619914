import { ROLE_LABEL } from '../../../shared/src/auth/roles';
import type { HouseholdEventKind } from '../../../shared/src/households/household-event-kinds';
import type { TransitionResult, WorkflowState } from '../../../shared/src/review-workflow/transitions';
import { appeal, decide, resubmit } from '../../../shared/src/review-workflow/transitions';
import type { Decision, WorkflowDef } from '../../../shared/src/review-workflow/workflow-definition';
import { stageOf } from '../../../shared/src/review-workflow/workflow-definition';
import type { CollectionDef, Doc, Transaction } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError, conflict, notFound } from '../runtime/app-error';
import type { UserCaller } from '../runtime/caller';
import type { HandlerContext } from '../runtime/handler-context';
import { recordHouseholdEvent } from '../runtime/household-events';
import { requireUser } from '../runtime/require-user';
import type { Scope } from '../runtime/scope';
import type { CaseFields, CaseStep } from './case-doc';
import type { WaitingRules } from './waiting';
import { waitingAt } from './waiting';

/** A review workflow bound to its case collection: everything the persistence layer needs. */
export interface CaseWorkflow<S extends string, D extends CaseFields<S>> {
  def: WorkflowDef<S>;
  collection: CollectionDef<D>;
  /** Who works the statuses that are not review stages (e.g. a plan after approval). */
  waiting: WaitingRules<S>;
  /** Audit entity name (`risk_report`). */
  entity: string;
  /** Name of the case id in notices (`reportId`). */
  idKey: string;
  /** Whether the caller may see this case (out of scope answers NOT_FOUND). */
  inScope(scope: Scope, caller: UserCaller, doc: Doc<D>): boolean;
  messages: { notFound: string; stale: string };
}

/** How a transition moves the case: an engine move, a feature move between given statuses, or none. */
export type Move<S extends string> =
  | { kind: 'decide'; decision: Decision }
  | { kind: 'resubmit' }
  | { kind: 'appeal' }
  | { kind: 'to'; status: S; from: readonly S[]; refusal: string }
  | { kind: 'stay'; when: readonly S[]; refusal: string };

export interface TransitionRequest<S extends string, D extends CaseFields<S>> {
  id: string;
  expectedVersion: number;
  /** The move, or a function choosing it from the loaded case (e.g. by its status). */
  move: Move<S> | ((doc: Doc<D>) => Move<S>);
  step: { kind: string; note: string | null };
  /** Feature checks once the case is loaded, in scope and current; throw an AppError to refuse. */
  check?(doc: Doc<D>, tx: Transaction): Promise<void> | void;
  /**
   * Feature fields stored with the move (may write other documents through `tx`). A patch may set
   * `status` to finish a move the feature knows more about (e.g. approval of a case that already
   * has its plan goes straight on); waiting and due date follow the final status.
   */
  patch?(doc: Doc<D>, next: WorkflowState<S>, tx: Transaction): Promise<Partial<D>> | Partial<D>;
  /** The household timeline event (written when the case has a household). */
  event?(doc: Doc<D>, to: S): { kind: HouseholdEventKind; detail: string | null } | null;
  /** The notice to the filer (not sent when the filer made the move themselves). */
  notice?(doc: Doc<D>, to: S): { template: string; message: string } | null;
}

function engineMove<S extends string>(
  def: WorkflowDef<S>,
  state: WorkflowState<S>,
  move: Move<S>,
  caller: UserCaller,
): TransitionResult<S> {
  switch (move.kind) {
    case 'decide':
      return decide(def, state, move.decision, { userId: caller.userId, role: caller.role });
    case 'resubmit':
      return resubmit(def, state);
    case 'appeal':
      return appeal(def, state);
    case 'to':
      return move.from.includes(state.status)
        ? { ok: true, from: state.status, to: move.status, next: { ...state, status: move.status } }
        : { ok: false, reason: move.refusal };
    case 'stay':
      return move.when.includes(state.status)
        ? { ok: true, from: state.status, to: state.status, next: state }
        : { ok: false, reason: move.refusal };
  }
}

function engineState<S extends string>(d: CaseFields<S>): WorkflowState<S> {
  return {
    status: d.status,
    returnedFrom: d.returnedFrom,
    rejectedAt: d.rejectedAt,
    rejectedBy: d.rejectedBy,
    appeals: d.appeals,
    appealOf: d.appealOf,
  };
}

/**
 * One step of a case, inside ONE store transaction: load by id → scope (NOT_FOUND) → version
 * (CONFLICT when someone acted since the caller looked; of two reviewers one wins) → the engine's
 * decision → next waiting/due date → the timeline step → the audit entry → the household event →
 * the notice to the filer. Feature fields come in through `patch`; nothing here is feature-specific.
 */
export async function runTransition<S extends string, D extends CaseFields<S>>(
  ctx: HandlerContext,
  wf: CaseWorkflow<S, D>,
  req: TransitionRequest<S, D>,
): Promise<Doc<D>> {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  try {
    return await ctx.store.transaction(async (tx) => {
      const doc = await tx.get(wf.collection, req.id);
      if (!doc || !wf.inScope(ctx.scope, caller, doc)) throw notFound(wf.messages.notFound);
      if (doc._version !== req.expectedVersion) throw conflict(wf.messages.stale);
      const move = typeof req.move === 'function' ? req.move(doc) : req.move;
      const result = engineMove(wf.def, engineState(doc), move, caller);
      if (!result.ok) {
        const stage = stageOf(wf.def, doc.status);
        const wrongRole =
          move.kind === 'decide' && stage !== null && !stage.roles.includes(caller.role);
        throw new AppError(wrongRole ? 'FORBIDDEN' : 'CONFLICT', result.reason);
      }
      await req.check?.(doc, tx);
      const extra: Partial<D> = (await req.patch?.(doc, result.next, tx)) ?? {};
      const status = (extra.status as S | undefined) ?? result.next.status;
      const moved = status !== doc.status;
      const enteredAt = moved ? now : doc.enteredAt;
      const state: WorkflowState<S> = { ...result.next, status };
      const waiting = waitingAt(wf.def, wf.waiting, state, {
        submittedAt: doc.submittedAt,
        enteredAt,
      });
      const step: CaseStep<S> = {
        at: now,
        kind: req.step.kind,
        from: doc.status,
        to: status,
        actorId: caller.userId,
        actorRole: caller.role,
        actorName: caller.name ?? ROLE_LABEL[caller.role],
        note: req.step.note,
      };
      const set = {
        ...extra,
        ...state,
        enteredAt,
        waitingFor: waiting.waitingFor,
        dueOn: waiting.dueOn,
        steps: [...doc.steps, step],
        updatedAt: now,
      } as Partial<D>;
      const next = await tx.update(wf.collection, doc._id, { set }, { ifVersion: doc._version });
      await ctx.audit.record(
        { entity: wf.entity, entityId: doc._id, from: doc.status, to: status, note: req.step.note },
        tx,
      );
      const event = req.event?.(next, status) ?? null;
      if (event && next.householdId)
        await recordHouseholdEvent(ctx, tx, {
          household: { _id: next.householdId, villageId: next.villageId, townId: next.townId },
          kind: event.kind,
          detail: event.detail,
          ref: doc._id,
        });
      const notice = req.notice?.(next, status) ?? null;
      if (notice && next.filerId !== caller.userId)
        await ctx.notifier.notify(
          {
            userId: next.filerId,
            template: notice.template,
            data: { [wf.idKey]: doc._id, message: notice.message },
          },
          tx,
        );
      return next;
    });
  } catch (e) {
    if (isStoreError(e, 'VERSION_CONFLICT')) throw conflict(wf.messages.stale);
    throw e;
  }
}
