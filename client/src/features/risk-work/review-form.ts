import { RISK_WORKFLOW } from '@shared/risk/risk-workflow';
import type { MonitorType } from '@shared/households/household-labels';
import type { RiskType } from '@shared/risk/risk-catalogue';
import type { ReviewDecision, ReviewPayload, RiskStatus } from './risk-work-api';

/** What the reviewer typed; numbers stay text until sent, so a half-typed amount is kept. */
export interface ReviewForm {
  note: string;
  visit: {
    visitedOn: string;
    incomePerHead: string;
    confirmedRisks: RiskType[];
    note: string;
    householdId: string | null;
  };
  monitorType: MonitorType | null;
}

export type ReviewStage = (typeof RISK_WORKFLOW.stages)[number];

/** The engine's stage the report waits in (null when no level reviews it now). */
export function stageOf(status: RiskStatus): ReviewStage | null {
  return RISK_WORKFLOW.stages.find((s) => s.status === status) ?? null;
}

/** Text of the approve button at each stage, so the reviewer knows where the report goes next. */
export const APPROVE_TEXT: Partial<Record<RiskStatus, string>> = {
  submitted: '核实属实，报镇审核',
  village_verified: '审核通过，报市审定',
  town_reviewed: '审定通过，纳入监测',
  elimination_proposed: '同意消除，报市审定',
  elimination_town_reviewed: '审定风险消除',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_YUAN = /^\d{1,9}$/;

/**
 * The server's ReviewInput rules as sentences for the reviewer, checked before sending:
 * returning needs what is missing, rejecting needs the reason, and the village's approval needs
 * the 入户核实 (date, income, confirmed risks, what they saw, and the household when not linked).
 */
export function checkReviewForm(
  decision: ReviewDecision,
  form: ReviewForm,
  ctx: { status: RiskStatus; needsHousehold: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (decision === 'return' && form.note.trim().length < 2) errors.note = '请写明还需要补充什么。';
  if (decision === 'reject' && form.note.trim().length < 2) errors.note = '请写明不通过的原因。';
  if (decision === 'approve' && ctx.status === 'submitted') {
    const v = form.visit;
    if (!DATE.test(v.visitedOn.trim())) errors.visitedOn = '请填入户核实的日期，例如 2026-12-02。';
    if (!WHOLE_YUAN.test(v.incomePerHead.trim()))
      errors.incomePerHead = '请填近12个月家庭人均纯收入（元，整数）。';
    if (v.confirmedRisks.length === 0) errors.confirmedRisks = '请至少确认一种困难。';
    if (v.confirmedRisks.length > 5) errors.confirmedRisks = '最多确认 5 种困难。';
    if (v.note.trim().length < 2) errors.visitNote = '请写几句入户看到的情况。';
    if (ctx.needsHousehold && !v.householdId)
      errors.householdId = '这份是代申报，请选出对应的农户。';
  }
  return errors;
}

/** The review call's payload for a checked form. */
export function reviewPayload(
  decision: ReviewDecision,
  form: ReviewForm,
  ctx: { reportId: string; version: number; status: RiskStatus; photoFileIds: readonly string[] },
): ReviewPayload {
  const payload: ReviewPayload = {
    reportId: ctx.reportId,
    expectedVersion: ctx.version,
    decision,
    note: form.note.trim(),
  };
  if (decision === 'approve' && ctx.status === 'submitted') {
    const v = form.visit;
    payload.visit = {
      visitedOn: v.visitedOn.trim(),
      incomePerHead: Number(v.incomePerHead.trim()),
      confirmedRisks: v.confirmedRisks,
      note: v.note.trim(),
      photoFileIds: [...ctx.photoFileIds],
      ...(v.householdId ? { householdId: v.householdId } : {}),
    };
  }
  if (decision === 'approve' && ctx.status === 'town_reviewed' && form.monitorType)
    payload.monitorType = form.monitorType;
  return payload;
}

/** The server's field paths (`visit.note`) as this form's keys (`visitNote`). */
export function formFieldErrors(
  server: Record<string, string> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(server ?? {})) {
    const key = path === 'visit.note' ? 'visitNote' : path.replace(/^visit\./, '');
    out[key] = message;
  }
  return out;
}
