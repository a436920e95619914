import { CLAIM_WORKFLOW } from '@shared/claims/claim-workflow';
import type {
  ClaimDecision,
  ClaimDocumentItem,
  ClaimReviewPayload,
  ClaimStatus,
} from './claims-work-api';

export interface ItemCheckForm {
  state: 'ok' | 'missing';
  note: string;
}

/** What the reviewer typed; numbers stay text until sent, so a half-typed amount is kept. */
export interface ClaimReviewForm {
  note: string;
  /** The village's check, per attached paper (unset until tapped). */
  checks: Partial<Record<ClaimDocumentItem, ItemCheckForm>>;
  survey: { surveyedOn: string; assessedAmount: string; note: string };
  approvedAmount: string;
}

export type ClaimStage = (typeof CLAIM_WORKFLOW.stages)[number];

/** The engine's stage the claim waits in (null when no level reviews it now). */
export function claimStageOf(status: ClaimStatus): ClaimStage | null {
  return CLAIM_WORKFLOW.stages.find((s) => s.status === status) ?? null;
}

/** The stages decided with `review` (the insurer's payment at `approved` is `markPaid`). */
export const REVIEW_STAGES: readonly ClaimStatus[] = [
  'reported',
  'materials_checked',
  'town_reviewed',
  'surveyed',
];

/** Text of the approve button at each stage, so the reviewer knows where the claim goes next. */
export const CLAIM_APPROVE_TEXT: Partial<Record<ClaimStatus, string>> = {
  reported: '材料齐全，报镇审核',
  materials_checked: '审核通过，转保险公司查勘',
  town_reviewed: '查勘完成，报市里审定',
  surveyed: '审定通过，开始公示',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE_YUAN = /^\d{1,8}$/;

/**
 * The server's ClaimReviewInput rules as sentences for the reviewer, checked before sending:
 * returning needs what is missing (a note, or papers marked 缺少 at the village), rejecting needs
 * the reason; the village checks every paper before passing or returning, and passes only when all
 * are 齐全 and the checklist lacks nothing; the insurer passes with the survey, the city with the
 * amount.
 */
export function checkClaimReviewForm(
  decision: ClaimDecision,
  form: ClaimReviewForm,
  ctx: {
    status: ClaimStatus;
    items: readonly ClaimDocumentItem[];
    labels: Record<string, string>;
    /** What the checklist lacks besides the papers given (`ClaimView.missing` labels). */
    checklistMissing: readonly string[];
  },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const note = form.note.trim();
  const missing = ctx.items.filter((i) => form.checks[i]?.state === 'missing');
  if (decision === 'return' && note.length < 2) {
    if (ctx.status !== 'reported') errors.note = '请写明还需要补充什么。';
    else if (missing.length === 0) errors.note = '请写明还需要补充什么，或在材料里点出“缺少”的项。';
  }
  if (decision === 'reject' && note.length < 2) errors.note = '请写明不通过的原因。';
  if (decision === 'reject') return errors;
  // The village checks every paper it was given, whether it passes or returns the claim.
  if (ctx.status === 'reported') {
    const unchecked = ctx.items.filter((i) => !form.checks[i]);
    if (unchecked.length > 0)
      errors.checks = `还有材料没核对：${unchecked.map((i) => ctx.labels[i] ?? i).join('、')}。`;
    else if (decision === 'approve' && missing.length > 0)
      errors.checks = '还有材料缺少，不能通过；请退回让家里补充。';
    else if (decision === 'approve' && ctx.checklistMissing.length > 0)
      errors.checks = `清单上还缺${ctx.checklistMissing.join('、')}，不能通过；请退回让家里补充。`;
  }
  if (decision !== 'approve') return errors;
  if (ctx.status === 'town_reviewed') {
    const s = form.survey;
    if (!DATE.test(s.surveyedOn.trim())) errors.surveyedOn = '请填查勘日期，例如 2026-12-02。';
    if (!WHOLE_YUAN.test(s.assessedAmount.trim()))
      errors.assessedAmount = '请填核定的赔付金额（元，整数）。';
    if (s.note.trim().length < 2) errors.surveyNote = '请写几句查勘看到的情况。';
  }
  if (ctx.status === 'surveyed' && !WHOLE_YUAN.test(form.approvedAmount.trim()))
    errors.approvedAmount = '请填审定的赔付金额（元，整数）。';
  return errors;
}

/** The review call's payload for a checked form. */
export function claimReviewPayload(
  decision: ClaimDecision,
  form: ClaimReviewForm,
  ctx: {
    claimId: string;
    version: number;
    status: ClaimStatus;
    items: readonly ClaimDocumentItem[];
    photoFileIds: readonly string[];
  },
): ClaimReviewPayload {
  const payload: ClaimReviewPayload = {
    claimId: ctx.claimId,
    expectedVersion: ctx.version,
    decision,
    note: form.note.trim(),
  };
  if (ctx.status === 'reported' && decision !== 'reject') {
    const checks = ctx.items.flatMap((item) => {
      const c = form.checks[item];
      return c ? [{ item, state: c.state, note: c.state === 'missing' ? c.note.trim() : '' }] : [];
    });
    if (checks.length > 0) payload.checks = checks;
  }
  if (decision === 'approve' && ctx.status === 'town_reviewed')
    payload.survey = {
      surveyedOn: form.survey.surveyedOn.trim(),
      assessedAmount: Number(form.survey.assessedAmount.trim()),
      note: form.survey.note.trim(),
      photoFileIds: [...ctx.photoFileIds],
    };
  if (decision === 'approve' && ctx.status === 'surveyed')
    payload.approvedAmount = Number(form.approvedAmount.trim());
  return payload;
}

/** The server's field paths (`survey.note`, `checks.2.note`) as this form's keys. */
export function claimFormFieldErrors(
  server: Record<string, string> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(server ?? {})) {
    let key = path;
    if (path === 'survey.note') key = 'surveyNote';
    else if (path.startsWith('survey.')) key = path.slice('survey.'.length);
    else if (path.startsWith('checks')) key = 'checks';
    out[key] ??= message;
  }
  return out;
}
