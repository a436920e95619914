import type { Role } from '../auth/roles';

/** The three decisions a reviewer can make at a stage. */
export const DECISIONS = ['approve', 'return', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Who acts at a stage: the level of government (or the family, or the insurer). */
export type ActingLevel = 'family' | 'village' | 'town' | 'city' | 'insurer';

/** When a stage's work falls due, counted in working days from a moment the item records. */
export interface DeadlineRule {
  /** Which recorded moment the count starts from (e.g. `submittedAt`, `enteredAt`). */
  from: 'submitted' | 'entered';
  workingDays: number;
  /** Shown to cadres and in the README: where the number comes from. */
  source: string;
}

/** One stage where an item waits for someone to decide. */
export interface StageDef<S extends string> {
  status: S;
  level: Exclude<ActingLevel, 'family'>;
  /** The roles that may decide here (always further limited to the item's village/town). */
  roles: readonly Role[];
  /** Where `approve` moves the item. */
  approveTo: S;
  /** Whether `return` and `reject` are allowed here (some stages only move forward). */
  mayReturn: boolean;
  mayReject: boolean;
  /**
   * Where `return` goes from this stage when not back to the family (e.g. a refused 风险消除
   * goes back to `assisting`, and the village proposes again when ready).
   */
  returnTo?: S;
  deadline: DeadlineRule | null;
  /** What the stage is, for people: 「村里入户核实」. */
  label: string;
}

/**
 * A review workflow, described as data: the stages an item passes, who decides at each, where
 * returned and rejected items wait, and where an appeal goes. The engine (`transitions.ts`) reads
 * only this; risk reports and insurance claims are two such descriptions.
 */
export interface WorkflowDef<S extends string> {
  name: string;
  stages: readonly StageDef<S>[];
  /** Statuses after the last stage (no one decides there any more). */
  done: readonly S[];
  /** Where a returned item waits for the family to amend it. */
  returned: S;
  /** Where a rejected item waits (for an appeal, or for good). */
  rejected: S;
  /**
   * Where an appeal against a rejection at `rejectedAt` goes: the stage of the level above. `null`
   * means it cannot be appealed in the app. `sameLevel` marks an appeal decided at the same level
   * by another person (there is no level above).
   */
  appealTo(rejectedAt: S): { status: S; sameLevel: boolean } | null;
  /** Appeals allowed per item. */
  maxAppeals: number;
  /** How long the family has to appeal a rejection, in working days. */
  appealWithinWorkingDays: number;
}

export function stageOf<S extends string>(def: WorkflowDef<S>, status: S): StageDef<S> | null {
  return def.stages.find((s) => s.status === status) ?? null;
}
