import {
  ACCIDENT_OUTCOME_CODES,
  DOCUMENT_ITEM_CODES,
  checklistCompleteness,
  checklistFor,
  type AccidentOutcome,
  type Completeness,
  type DocumentItem,
} from '@shared/claims/claim-documents';
import {
  AMOUNT_KEYS,
  CLAIM_TYPES,
  amountKeysOf,
  type AmountKey,
  type ClaimType,
} from '@shared/claims/claim-schemes';
import { computePayout, type PayoutResult } from '@shared/claims/payout-rule';
import { PROXY_RELATION_CODES, type ProxyRelation } from '@shared/risk/risk-catalogue';
import { chinaToday } from '../risk/risk-dates';
import { isOneOf, isText } from '../question-form/draft-guards';

/** One paper takes at most this many photos (the contract's limit). */
export const PHOTOS_PER_ITEM = 9;
/** 10,000,000 元 is the contract's ceiling: eight digits. */
export const AMOUNT_DIGITS_MAX = 8;
export const BANK_NAME_MAX = 30;
export const BANK_ACCOUNT_MAX = 30;

/** Uploaded (fileId) or still on the phone (a held-photo marker, see images/held-photo.ts). */
export type ClaimPhoto = { fileId: string; url: string; heldId?: string };

/** What the 申请理赔 form keeps on the phone (per logged-in person, via useDraft). */
export interface ClaimDraft {
  /** The screen the villager was on, so a closed app opens where they left off. */
  step: StepId;
  forWhom: 'self' | 'proxy' | null;
  relation: ProxyRelation | null;
  proxyName: string;
  type: ClaimType | null;
  accidentOutcome: AccidentOutcome | null;
  /** YYYY-MM-DD, '' until chosen. */
  incidentOn: string;
  /** Whole 元 as typed on the number pad, '' until typed. */
  amounts: Partial<Record<AmountKey, string>>;
  /** The photos of each paper, uploaded already (fileId + url). */
  documents: Partial<Record<DocumentItem, ClaimPhoto[]>>;
  bankName: string;
  /** Digits only; shown on screen as ****2108 once entered. */
  bankAccount: string;
  /** When 同意 was tapped (ISO instant), null until then. */
  consentAt: string | null;
}

const FIXED_STEPS = [
  'who',
  'proxy_relation',
  'proxy_name',
  'type',
  'accident_outcome',
  'incident',
  'checklist',
  'bank_name',
  'bank_account',
  'consent',
  'confirm',
] as const;
type FixedStep = (typeof FIXED_STEPS)[number];
export type AmountStep = `amount_${AmountKey}`;
export type DocStep = `doc_${DocumentItem}`;
export type StepId = FixedStep | AmountStep | DocStep;

export const amountStep = (key: AmountKey): AmountStep => `amount_${key}`;
export const docStep = (item: DocumentItem): DocStep => `doc_${item}`;

export function amountKeyOf(step: StepId): AmountKey | null {
  const key = step.startsWith('amount_') ? step.slice('amount_'.length) : '';
  return (AMOUNT_KEYS as readonly string[]).includes(key) ? (key as AmountKey) : null;
}

export function docItemOf(step: StepId): DocumentItem | null {
  const item = step.startsWith('doc_') ? step.slice('doc_'.length) : '';
  return (DOCUMENT_ITEM_CODES as readonly string[]).includes(item) ? (item as DocumentItem) : null;
}

const isStepId = (v: unknown): v is StepId =>
  typeof v === 'string' &&
  ((FIXED_STEPS as readonly string[]).includes(v) ||
    amountKeyOf(v as StepId) !== null ||
    docItemOf(v as StepId) !== null);

export const EMPTY_CLAIM_DRAFT: ClaimDraft = {
  step: 'who',
  forWhom: null,
  relation: null,
  proxyName: '',
  type: null,
  accidentOutcome: null,
  incidentOn: '',
  amounts: {},
  documents: {},
  bankName: '',
  bankAccount: '',
  consentAt: null,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPhoto = (v: unknown): v is ClaimPhoto => isRecord(v) && isText(v.fileId) && isText(v.url);

export function isClaimDraft(value: unknown): value is ClaimDraft {
  if (!isRecord(value)) return false;
  const v = value;
  return (
    isStepId(v.step) &&
    (v.forWhom === null || v.forWhom === 'self' || v.forWhom === 'proxy') &&
    (v.relation === null || isOneOf(PROXY_RELATION_CODES)(v.relation)) &&
    isText(v.proxyName) &&
    (v.type === null || isOneOf(CLAIM_TYPES)(v.type)) &&
    (v.accidentOutcome === null || isOneOf(ACCIDENT_OUTCOME_CODES)(v.accidentOutcome)) &&
    isText(v.incidentOn) &&
    isRecord(v.amounts) &&
    Object.entries(v.amounts).every(([k, a]) => isOneOf(AMOUNT_KEYS)(k) && isText(a)) &&
    isRecord(v.documents) &&
    Object.entries(v.documents).every(
      ([k, photos]) =>
        isOneOf(DOCUMENT_ITEM_CODES)(k) && Array.isArray(photos) && photos.every(isPhoto),
    ) &&
    isText(v.bankName) &&
    isText(v.bankAccount) &&
    (v.consentAt === null || isText(v.consentAt))
  );
}

/** The checklist context of the draft (proxy, accident outcome). */
export function checklistContext(draft: ClaimDraft) {
  return {
    proxy: draft.forWhom === 'proxy',
    ...(draft.accidentOutcome ? { accidentOutcome: draft.accidentOutcome } : {}),
  };
}

/** The papers this claim asks for, in the checklist's order, one screen each. */
export function docItemsFor(draft: ClaimDraft): DocumentItem[] {
  if (!draft.type) return [];
  if (draft.type === 'accident' && !draft.accidentOutcome) return [];
  return [...new Set(checklistFor(draft.type, checklistContext(draft)).flatMap((r) => r.of))];
}

/** The screens this draft walks through, in order. */
export function stepsFor(draft: ClaimDraft): StepId[] {
  const steps: StepId[] = ['who'];
  if (draft.forWhom === 'proxy') steps.push('proxy_relation', 'proxy_name');
  steps.push('type');
  if (draft.type === 'accident') steps.push('accident_outcome');
  steps.push('incident');
  if (draft.type) steps.push(...amountKeysOf(draft.type).map(amountStep));
  steps.push(...docItemsFor(draft).map(docStep));
  steps.push('checklist', 'bank_name', 'bank_account', 'consent', 'confirm');
  return steps;
}

/** The amounts typed so far as numbers (blank counts 0), for the live estimate. */
export function typedAmounts(draft: ClaimDraft): Partial<Record<AmountKey, number>> {
  if (!draft.type) return {};
  return Object.fromEntries(
    amountKeysOf(draft.type).map((key) => [key, Number(draft.amounts[key] || '0')]),
  );
}

/** 预计可赔: the demo scheme's pure rule on what was typed (what was paid this year is not known here). */
export function liveEstimate(draft: ClaimDraft): PayoutResult | null {
  if (!draft.type) return null;
  return computePayout(draft.type, typedAmounts(draft));
}

/** The photos attached per item, as the checklist and the contract count them. */
export function attachedDocuments(draft: ClaimDraft): { item: DocumentItem; fileIds: string[] }[] {
  const allowed = new Set(docItemsFor(draft));
  return (Object.entries(draft.documents) as [DocumentItem, ClaimPhoto[]][])
    .filter(([item, photos]) => allowed.has(item) && photos.length > 0)
    .map(([item, photos]) => ({ item, fileIds: photos.map((p) => p.fileId) }));
}

/** What the checklist still lacks (null before the type, or the accident outcome, is known). */
export function draftCompleteness(draft: ClaimDraft): Completeness | null {
  if (!draft.type) return null;
  return checklistCompleteness(draft.type, checklistContext(draft), attachedDocuments(draft));
}

const NAME_PATTERN = /^[\u4e00-\u9fa5A-Za-z·.\s]+$/;

/**
 * Why 下一步 cannot go on yet (null when the screen is answered): the same limits as the
 * contract, said for this one screen. Papers may be left for later: the village asks for what is
 * missing.
 */
export function stepProblem(draft: ClaimDraft, step: StepId, today = chinaToday()): string | null {
  const amountKey = amountKeyOf(step);
  if (amountKey) {
    const typed = draft.amounts[amountKey] ?? '';
    if (!/^\d{1,8}$/.test(typed)) return '请按数字键填钱数（元），没有就填 0';
    return Number(typed) > 10_000_000 ? '金额太大了，请核对' : null;
  }
  if (docItemOf(step)) return null;
  switch (step as FixedStep) {
    case 'who':
      return draft.forWhom ? null : '请点一下：给自己家申请，还是替家人申请';
    case 'proxy_relation':
      return draft.relation ? null : '请选您和他（她）是什么关系';
    case 'proxy_name': {
      const name = draft.proxyName.trim();
      if (!name) return '请写上他（她）的名字';
      if (name.length > 20 || !NAME_PATTERN.test(name)) return '名字只能写汉字或字母';
      return null;
    }
    case 'type':
      return draft.type ? null : '请点一下是哪一种理赔';
    case 'accident_outcome':
      return draft.accidentOutcome ? null : '请选是伤残还是身故';
    case 'incident':
      if (!draft.incidentOn) return '请选是哪一天';
      return draft.incidentOn > today ? '日子不能是以后的' : null;
    case 'bank_name': {
      const name = draft.bankName.trim();
      if (name.length < 2) return '请选或写上是哪家银行';
      return name.length > BANK_NAME_MAX ? `最多写 ${BANK_NAME_MAX} 个字` : null;
    }
    case 'bank_account':
      return /^\d{12,30}$/.test(draft.bankAccount)
        ? null
        : '银行卡号应是 12 到 30 位数字，请对着卡核对';
    case 'consent':
      return draft.consentAt ? null : '要点“我同意”才能申请理赔';
    case 'checklist':
    case 'confirm':
      return null;
  }
}
