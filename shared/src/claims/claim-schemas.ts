import { z } from 'zod';
import { DECISIONS } from '../review-workflow/workflow-definition';
import { PROXY_RELATION_CODES } from '../risk/risk-catalogue';
import { LocalDateField } from '../risk/risk-schemas';
import { chinaDate, endOfChinaDay } from '../review-workflow/working-days';
import { Instant } from '../validation/instant';
import { PersonNameField, textField } from '../validation/common-fields';
import { ACCIDENT_OUTCOME_CODES, DOCUMENT_ITEM_CODES, itemsFor } from './claim-documents';
import type { AmountKey, ClaimType as ClaimTypeCode } from './claim-schemes';
import {
  AMOUNT_KEYS,
  AMOUNT_LABELS,
  CLAIM_TYPES,
  DEMO_CLAIM_SCHEME,
  amountKeysOf,
} from './claim-schemes';
import { CLAIM_STATUSES } from './claim-statuses';
import { CLAIM_DEADLINES } from './claim-workflow';

export const ClaimType = z.enum(CLAIM_TYPES, { error: '请选择是哪一种理赔' });
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export const AccidentOutcome = z.enum(ACCIDENT_OUTCOME_CODES, { error: '请选择是伤残还是身故' });
export const DocumentItem = z.enum(DOCUMENT_ITEM_CODES, { error: '不认识这一项材料' });
export const ClaimProxyRelation = z.enum(PROXY_RELATION_CODES, {
  error: '请选择您和他（她）的关系',
});

/** A whole-元 amount the family types in. */
export const ClaimYuan = z
  .number({ error: '请填写金额（元）' })
  .int('金额请填整数（元），不要带角和分')
  .min(0, '金额不能是负数')
  .max(10_000_000, '金额太大了，请核对');

const FileId = z.string().min(1).max(300);

/**
 * The amounts of a claim, keyed by `AMOUNT_KEYS`. Which keys a type takes is checked with the
 * type (`amountProblems`); every key it takes must be filled, and no other.
 */
const Amounts = z.partialRecord(z.enum(AMOUNT_KEYS, { error: '这一项金额不认识' }), ClaimYuan);

type Ctx = z.core.$RefinementCtx;

function amountProblems(
  type: ClaimTypeCode,
  amounts: Partial<Record<AmountKey, number>>,
  ctx: Ctx,
) {
  const takes = amountKeysOf(type);
  for (const key of takes)
    if (amounts[key] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['amounts', key],
        message: `请填写${AMOUNT_LABELS[key].label}（没有就填 0）`,
      });
  for (const key of Object.keys(amounts) as AmountKey[])
    if (!takes.includes(key))
      ctx.addIssue({
        code: 'custom',
        path: ['amounts', key],
        message: `${DEMO_CLAIM_SCHEME.types[type].label}理赔不用填${AMOUNT_LABELS[key].label}`,
      });
}

/** `estimate`: what the family would be paid, before submitting. */
export const EstimateInput = z
  .object({ type: ClaimType, amounts: Amounts })
  .strict()
  .superRefine((v, ctx) => amountProblems(v.type, v.amounts, ctx));

/** A paper of the checklist, with the photos of it (uploaded through the Files port). */
export const AttachedDocument = z
  .object({
    item: DocumentItem,
    fileIds: z.array(FileId).min(1, '请至少拍一张照片').max(9, '一项材料最多 9 张照片'),
  })
  .strict();

/** 替家人申请: who the claim is for, when the filer is not that person. */
export const ClaimProxy = z
  .object({
    relation: ClaimProxyRelation,
    /** The family member the claim is for. */
    name: PersonNameField,
  })
  .strict();

/** The recorded consent for the health and financial data of the claim. */
export const CLAIM_CONSENT = {
  version: 'claim-data-2026-12',
  purpose:
    '我同意把这次理赔填写的病情、费用、银行卡等信息，交给村、镇、市工作人员和承保的保险公司审核和赔付，只用于这次防贫保险理赔。',
} as const;

const CONSENT_MESSAGE = '请先阅读并同意使用理赔信息';
export const ClaimConsent = z
  .object({
    purpose: z.literal(CLAIM_CONSENT.purpose, { error: CONSENT_MESSAGE }),
    version: z.literal(CLAIM_CONSENT.version, { error: CONSENT_MESSAGE }),
    /** When the family tapped 同意 on the phone. */
    at: Instant,
  })
  .strict();

/** A bank card or 一卡通 number: digits only (spaces the family types are dropped), 12–30 long. */
export const BankAccountField = z
  .string({ error: '请填写银行卡号' })
  .max(40, '银行卡号太长了，请核对')
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{12,30}$/, '银行卡号应是 12 到 30 位数字，请对着卡核对'));

export const SubmitClaimInput = z
  .object({
    type: ClaimType,
    /** The day of the illness's hospital stay, the disaster or the accident (China date). */
    incidentOn: LocalDateField,
    /** When known (a disaster's hour), the instant; used for the 24-hour report rule. */
    incidentAt: Instant.optional(),
    /** Required with `accident`: the papers differ. */
    accidentOutcome: AccidentOutcome.optional(),
    amounts: Amounts,
    documents: z.array(AttachedDocument).max(20, '材料项太多了'),
    bankName: textField(30, 2),
    bankAccount: BankAccountField,
    proxy: ClaimProxy.optional(),
    consent: ClaimConsent,
  })
  .strict()
  .superRefine((v, ctx) => {
    amountProblems(v.type, v.amounts, ctx);
    if (v.type === 'accident' && !v.accidentOutcome)
      ctx.addIssue({ code: 'custom', path: ['accidentOutcome'], message: '请选择是伤残还是身故' });
    if (v.type !== 'accident' && v.accidentOutcome)
      ctx.addIssue({
        code: 'custom',
        path: ['accidentOutcome'],
        message: '只有意外理赔才要选伤残还是身故',
      });
    // The refinement runs even when `incidentAt` failed its own check: compare real times only.
    const incidentAt = v.incidentAt ? Date.parse(v.incidentAt) : NaN;
    if (Number.isFinite(incidentAt) && chinaDate(new Date(incidentAt)) !== v.incidentOn)
      ctx.addIssue({ code: 'custom', path: ['incidentAt'], message: '出事的时间和日期对不上' });
    const allowed = new Set<string>(
      itemsFor(v.type, {
        proxy: v.proxy !== undefined,
        accidentOutcome: v.accidentOutcome,
      }),
    );
    const seen = new Set<string>();
    v.documents.forEach((d, i) => {
      if (seen.has(d.item))
        ctx.addIssue({ code: 'custom', path: ['documents', i, 'item'], message: '这项材料重复了' });
      seen.add(d.item);
      if (!allowed.has(d.item))
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i, 'item'],
          message: '这种理赔不用交这项材料',
        });
    });
  });

export const ClaimId = z.string().min(1).max(80);
const Version = z.number().int().min(1);

/** The village's check of one checklist item: there and readable, or missing (with what is wrong). */
export const ItemCheck = z
  .object({
    item: DocumentItem,
    state: z.enum(['ok', 'missing'], { error: '请选择材料齐全还是缺少' }),
    /** What is wrong, for the family: 「结算单拍得不清楚」. */
    note: textField(100, 0).default(''),
  })
  .strict();

/** The insurer's 查勘, recorded when approving at `town_reviewed`. */
export const SurveyInput = z
  .object({
    surveyedOn: LocalDateField,
    /** The amount the insurer assessed, whole 元 (the estimate is shown beside it). */
    assessedAmount: ClaimYuan,
    note: textField(300, 2),
    photoFileIds: z.array(FileId).max(9, '最多 9 张照片').default([]),
  })
  .strict();

/**
 * `review` at any stage. `return` at the village lists the items that are missing (`checks`);
 * `reject` needs a reason at every level; the insurer's approval carries the survey, the city's
 * the approved amount.
 */
export const ClaimReviewInput = z
  .object({
    claimId: ClaimId,
    /** The `version` the reviewer looked at; someone else's decision since then is a CONFLICT. */
    expectedVersion: Version,
    decision: z.enum(DECISIONS),
    note: textField(300, 0).default(''),
    /** The village's per-item check (required at `reported`; the handler knows the stage). */
    checks: z.array(ItemCheck).max(30).optional(),
    survey: SurveyInput.optional(),
    /** The city fixes the amount to pay, whole 元. */
    approvedAmount: ClaimYuan.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const missing = (v.checks ?? []).filter((c) => c.state === 'missing');
    if (v.decision === 'reject' && v.note.length < 2)
      ctx.addIssue({ code: 'custom', path: ['note'], message: '请写明不通过的原因' });
    if (v.decision === 'return' && v.note.length < 2 && missing.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: '请写明还需要补充什么，或在材料里勾出缺少的项',
      });
    if (v.decision === 'approve' && missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['checks'],
        message: '还有材料缺少，不能通过；请退回让家里补充',
      });
    const items = (v.checks ?? []).map((c) => c.item);
    if (new Set(items).size !== items.length)
      ctx.addIssue({ code: 'custom', path: ['checks'], message: '同一项材料核对了两次' });
    if (v.decision !== 'approve' && (v.survey || v.approvedAmount !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [v.survey ? 'survey' : 'approvedAmount'],
        message: '只有通过时才填查勘结果或审定金额',
      });
  });

/** The family adds what was missing, on the same claim. */
export const ClaimResubmitInput = z
  .object({
    claimId: ClaimId,
    expectedVersion: Version,
    /** Papers added or replaced; other items keep their photos. */
    documents: z.array(AttachedDocument).min(1, '请补充缺少的材料').max(20, '材料项太多了'),
    answer: textField(300, 0).default(''),
  })
  .strict()
  .superRefine((v, ctx) => {
    const items = v.documents.map((d) => d.item);
    if (new Set(items).size !== items.length)
      ctx.addIssue({ code: 'custom', path: ['documents'], message: '同一项材料补充了两次' });
  });

export const ClaimAppealInput = z
  .object({ claimId: ClaimId, expectedVersion: Version, reason: textField(300, 4) })
  .strict();

/** The insurer's payment, after the 公示. */
export const MarkPaidInput = z
  .object({
    claimId: ClaimId,
    expectedVersion: Version,
    paidOn: LocalDateField,
    /** The bank's or insurer's payment reference (流水号). */
    paymentReference: z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().regex(/^[A-Za-z0-9-]{4,64}$/, '付款流水号应是 4 到 64 位字母或数字')),
  })
  .strict();

/**
 * A disaster claim reported more than 24 hours after the event is accepted but marked late. With
 * only the day known, the family gets the benefit of the doubt: late once the day after the
 * incident day has ended (China time). Other claim types are never late.
 */
export function isLateReport(
  type: ClaimTypeCode,
  incident: { on: string; at?: string },
  reportedAt: Date,
): boolean {
  if (type !== 'disaster') return false;
  const limitMs = CLAIM_DEADLINES.disasterReportHours * 3600_000;
  if (incident.at) return reportedAt.getTime() - Date.parse(incident.at) > limitMs;
  return reportedAt.getTime() > endOfChinaDay(incident.on).getTime() + limitMs;
}
