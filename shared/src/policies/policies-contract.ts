import { z } from 'zod';
import { PUBLIC_ACCESS } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { textField } from '../validation/common-fields';
import { EligibilityAnswers } from './eligibility-answers';
import { NEXT_STEP_TARGETS, POLICY_CATEGORIES } from './policy-labels';

export const PolicyCategory = z.enum(POLICY_CATEGORIES);
const PolicyId = z.string().regex(/^[a-z0-9-]{2,60}$/, '政策编号只能用小写字母、数字和横线');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31');

/** One version of a policy explainer: plain language, FAQ, worked examples, its source. */
export const PolicyContent = z
  .object({
    title: textField(40, 2),
    category: PolicyCategory,
    summary: textField(200, 2),
    /** Short paragraphs in plain language. */
    body: z.array(textField(400)).min(1).max(20),
    faq: z.array(z.object({ q: textField(80), a: textField(400) }).strict()).max(20),
    /** Worked examples; `illustrative` marks amounts that only show how it works. */
    examples: z
      .array(z.object({ text: textField(300), illustrative: z.boolean() }).strict())
      .max(10),
    /** Title of the document the explainer is based on. */
    sourceDocument: textField(120, 2),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable(),
    /** Everyday words people search with (上学, 看病, 贷款 …). */
    keywords: z.array(textField(10)).max(30),
  })
  .strict();
export type PolicyContent = z.infer<typeof PolicyContent>;

export const PolicyView = PolicyContent.extend({
  policyId: z.string(),
  version: z.number().int(),
  current: z.boolean(),
  updatedAt: z.string(),
  demo: z.boolean(),
});

export const PolicySummary = PolicyView.pick({
  policyId: true,
  version: true,
  title: true,
  category: true,
  summary: true,
  effectiveFrom: true,
  effectiveTo: true,
});

export const NextStep = z.object({
  label: z.string(),
  target: z.enum(NEXT_STEP_TARGETS),
  policyId: z.string().optional(),
});

export const policiesContract = defineFunction('policies', {
  list: action({
    summary: '政策列表',
    input: z.object({ category: PolicyCategory.optional() }).strict(),
    output: z.object({ items: z.array(PolicySummary) }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  get: action({
    summary: '政策全文（可看历史版本）',
    input: z.object({ policyId: PolicyId, version: z.number().int().min(1).optional() }).strict(),
    output: PolicyView.extend({
      versions: z.array(
        z.object({
          version: z.number().int(),
          effectiveFrom: z.string(),
          effectiveTo: z.string().nullable(),
          updatedAt: z.string(),
          /** What the admin wrote changed in this version; null for versions without one. */
          changeNote: z.string().nullable(),
        }),
      ),
    }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  search: action({
    summary: '搜政策',
    input: z.object({ q: textField(20) }).strict(),
    output: z.object({ items: z.array(PolicySummary) }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  upsert: action({
    summary: '发布或修订政策（管理员）',
    input: PolicyContent.extend({
      policyId: PolicyId,
      /**
       * The version the admin edited: a newer stored version is a CONFLICT; 0 means "a new
       * policy", so an id already taken is a CONFLICT too. Omitted: no check (as before).
       */
      expectedVersion: z.number().int().min(0).optional(),
      /** 修改说明, kept with the version and shown under 历史版本. */
      changeNote: textField(100, 0).optional(),
    }).strict(),
    output: PolicyView,
    access: { admin: 'city' },
    mutating: true,
  }),
  checkEligibility: action({
    summary: '我能享受哪些政策',
    input: z.object({ answers: EligibilityAnswers }).strict(),
    output: z.object({
      matches: z.array(
        z.object({
          policyId: z.string(),
          title: z.string(),
          category: PolicyCategory,
          reasons: z.array(z.string()),
          nextSteps: z.array(NextStep),
        }),
      ),
    }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
});
