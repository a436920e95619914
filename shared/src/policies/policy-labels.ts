/** Policy vocabulary without zod (the client imports it too). */
export const POLICY_CATEGORIES = [
  'education',
  'medical',
  'housing',
  'social_security',
  'assistance',
  'insurance',
  'employment',
  'industry',
  'credit',
] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

export const POLICY_CATEGORY_LABEL: Record<PolicyCategory, string> = {
  education: '教育',
  medical: '医疗',
  housing: '住房',
  social_security: '养老保障',
  assistance: '低保救助',
  insurance: '防贫保险',
  employment: '就业培训',
  industry: '产业发展',
  credit: '信贷金融',
};

/** Where a "next step" leads inside the app. */
export const NEXT_STEP_TARGETS = [
  'training',
  'claims',
  'risk',
  'household',
  'policy',
  'feedback',
] as const;
export type NextStepTarget = (typeof NEXT_STEP_TARGETS)[number];
