import type { Role } from '../auth/roles';
import type { Decision, WorkflowDef } from './workflow-definition';
import { stageOf } from './workflow-definition';

/** What the engine needs to know about an item to decide a transition. */
export interface WorkflowState<S extends string> {
  status: S;
  /** The stage a returned item came from (it goes back there when resubmitted). */
  returnedFrom: S | null;
  /** The stage a rejected item was rejected at. */
  rejectedAt: S | null;
  /** Who rejected it (an appeal decided at the same level must go to someone else). */
  rejectedBy: string | null;
  appeals: number;
  /** Set while an appeal is being decided; the same person who rejected may not decide it. */
  appealOf: { rejectedBy: string } | null;
}

export interface Actor {
  userId: string;
  role: Role;
}

export type TransitionResult<S extends string> =
  | {
      ok: true;
      from: S;
      to: S;
      /** The state fields to store after the transition. */
      next: WorkflowState<S>;
    }
  | { ok: false; reason: string };

function refuse<S extends string>(reason: string): TransitionResult<S> {
  return { ok: false, reason };
}

/** A reviewer's decision at the item's current stage. Pure: the caller persists the result. */
export function decide<S extends string>(
  def: WorkflowDef<S>,
  state: WorkflowState<S>,
  decision: Decision,
  actor: Actor,
): TransitionResult<S> {
  const stage = stageOf(def, state.status);
  if (!stage) return refuse('这件事现在不在审核环节，无需处理。');
  if (!stage.roles.includes(actor.role)) return refuse(`这一步由${stage.label}的人员办理。`);
  if (state.appealOf && state.appealOf.rejectedBy === actor.userId)
    return refuse('复议要由另一位审核人员办理，原来不同意的人不能再审。');
  const base = { ...state, appealOf: null };
  switch (decision) {
    case 'approve':
      return {
        ok: true,
        from: state.status,
        to: stage.approveTo,
        next: { ...base, status: stage.approveTo, returnedFrom: null },
      };
    case 'return':
      if (!stage.mayReturn) return refuse('这一步不能退回。');
      if (stage.returnTo)
        return {
          ok: true,
          from: state.status,
          to: stage.returnTo,
          next: { ...base, status: stage.returnTo, returnedFrom: null },
        };
      // An appeal returned to the family stays an appeal: whoever rejected it is still barred
      // when the amended report comes back to this stage.
      return {
        ok: true,
        from: state.status,
        to: def.returned,
        next: { ...state, status: def.returned, returnedFrom: state.status },
      };
    case 'reject':
      if (!stage.mayReject) return refuse('这一步不能不予通过。');
      return {
        ok: true,
        from: state.status,
        to: def.rejected,
        next: {
          ...base,
          status: def.rejected,
          rejectedAt: state.status,
          rejectedBy: actor.userId,
          returnedFrom: null,
        },
      };
  }
}

/** The family sends a returned item back, to the stage that returned it. */
export function resubmit<S extends string>(
  def: WorkflowDef<S>,
  state: WorkflowState<S>,
): TransitionResult<S> {
  if (state.status !== def.returned || !state.returnedFrom)
    return refuse('只有退回补充的申报才能重新提交。');
  return {
    ok: true,
    from: state.status,
    to: state.returnedFrom,
    next: { ...state, status: state.returnedFrom, returnedFrom: null },
  };
}

/** The family appeals a rejection: once, to the level above the one that rejected. */
export function appeal<S extends string>(
  def: WorkflowDef<S>,
  state: WorkflowState<S>,
): TransitionResult<S> {
  if (state.status !== def.rejected || !state.rejectedAt)
    return refuse('只有未通过的申报才能申请复核。');
  if (state.appeals >= def.maxAppeals) return refuse('这件申报已经申请过复核，不能再次申请。');
  const target = def.appealTo(state.rejectedAt);
  if (!target) return refuse('这一级的决定不能在手机上申请复核，请拨打 12317 咨询。');
  return {
    ok: true,
    from: state.status,
    to: target.status,
    next: {
      ...state,
      status: target.status,
      appeals: state.appeals + 1,
      appealOf: { rejectedBy: state.rejectedBy ?? '' },
    },
  };
}

/** The item's initial engine state. */
export function initialState<S extends string>(status: S): WorkflowState<S> {
  return {
    status,
    returnedFrom: null,
    rejectedAt: null,
    rejectedBy: null,
    appeals: 0,
    appealOf: null,
  };
}
