import type { ActionPayload } from '@shared/contract/define-function';
import type { policiesContract } from '@shared/policies/policies-contract';
import type { PolicyCategory } from '@shared/policies/policy-labels';
import type { PolicyArticle } from '../policies-api';

type PoliciesActions = (typeof policiesContract)['actions'];
export type UpsertPolicyPayload = ActionPayload<PoliciesActions, 'upsert'>;

/** The limits of the server's PolicyContent, for the inputs and the messages. */
export const POLICY_LIMITS = {
  title: 40,
  summary: 200,
  section: 400,
  sections: 20,
  source: 120,
  keyword: 10,
  keywords: 30,
  changeNote: 100,
} as const;

export interface PolicyForm {
  /** Only typed for a new policy; an edit keeps its id. */
  policyId: string;
  title: string;
  category: PolicyCategory;
  summary: string;
  body: string[];
  sourceDocument: string;
  effectiveFrom: string;
  /** '' for 长期有效. */
  effectiveTo: string;
  /** Everyday words, separated by spaces or commas. */
  keywords: string;
  changeNote: string;
}

/** What the form does not edit (FAQ and worked examples) is sent back as it was read. */
export type KeptContent = Pick<PolicyArticle, 'faq' | 'examples'>;

export function emptyPolicyForm(today: string): PolicyForm {
  return {
    policyId: '',
    title: '',
    category: 'education',
    summary: '',
    body: [''],
    sourceDocument: '',
    effectiveFrom: today,
    effectiveTo: '',
    keywords: '',
    changeNote: '',
  };
}

export function formFromPolicy(p: PolicyArticle): PolicyForm {
  return {
    policyId: p.policyId,
    title: p.title,
    category: p.category,
    summary: p.summary,
    body: [...p.body],
    sourceDocument: p.sourceDocument,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo ?? '',
    keywords: p.keywords.join(' '),
    changeNote: '',
  };
}

const splitKeywords = (s: string) =>
  s
    .split(/[\s,，、]+/)
    .map((k) => k.trim())
    .filter(Boolean);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The server's rules as sentences, keyed like its fieldErrors (`body.0`, `effectiveTo`). */
export function checkPolicyForm(form: PolicyForm, creating: boolean): Record<string, string> {
  const e: Record<string, string> = {};
  const L = POLICY_LIMITS;
  if (creating && !/^[a-z0-9-]{2,60}$/.test(form.policyId.trim()))
    e.policyId = '政策编号只能用小写字母、数字和横线，2到60位，例如 pension-2027';
  const title = form.title.trim();
  if (title.length < 2 || title.length > L.title) e.title = `标题写 2 到 ${L.title} 个字`;
  const summary = form.summary.trim();
  if (summary.length < 2 || summary.length > L.summary)
    e.summary = `一句话说明写 2 到 ${L.summary} 个字`;
  const sections = form.body.map((b) => b.trim());
  if (sections.filter(Boolean).length === 0) e.body = '正文至少写一段';
  sections.forEach((b, i) => {
    if (!b && sections.length > 1) e[`body.${i}`] = '这一段是空的，请写上内容或删掉这段';
    if (b.length > L.section) e[`body.${i}`] = `每段最多 ${L.section} 个字，请分成两段`;
  });
  if (sections.length > L.sections) e.body = `正文最多 ${L.sections} 段`;
  const source = form.sourceDocument.trim();
  if (source.length < 2 || source.length > L.source) e.sourceDocument = '请写明依据的文件名称';
  if (!isRealDate(form.effectiveFrom)) e.effectiveFrom = '日期格式应为 2026-01-31';
  if (form.effectiveTo && !isRealDate(form.effectiveTo)) e.effectiveTo = '日期格式应为 2026-01-31';
  else if (form.effectiveTo && form.effectiveTo < form.effectiveFrom)
    e.effectiveTo = '截止日期不能早于生效日期';
  const keywords = splitKeywords(form.keywords);
  if (keywords.length > L.keywords) e.keywords = `搜索词最多 ${L.keywords} 个`;
  if (keywords.some((k) => k.length > L.keyword)) e.keywords = `每个搜索词最多 ${L.keyword} 个字`;
  if (form.changeNote.trim().length > L.changeNote)
    e.changeNote = `修改说明最多 ${L.changeNote} 个字`;
  return e;
}

/** A new version of `before` (its FAQ and examples kept), or a new policy (version 0 expected). */
export function toUpsertPayload(
  form: PolicyForm,
  before: PolicyArticle | null,
  kept: KeptContent,
): UpsertPolicyPayload {
  const note = form.changeNote.trim();
  return {
    policyId: before ? before.policyId : form.policyId.trim(),
    expectedVersion: before ? before.version : 0,
    title: form.title.trim(),
    category: form.category,
    summary: form.summary.trim(),
    body: form.body.map((b) => b.trim()).filter(Boolean),
    faq: kept.faq,
    examples: kept.examples,
    sourceDocument: form.sourceDocument.trim(),
    effectiveFrom: form.effectiveFrom,
    effectiveTo: form.effectiveTo || null,
    keywords: splitKeywords(form.keywords),
    ...(note ? { changeNote: note } : {}),
  };
}
