import type { EligibilityAnswers } from '@shared/policies/eligibility-answers';

export type HouseholdAnswer = EligibilityAnswers['householdCategory'];
export type SchoolStage = keyof EligibilityAnswers['inSchool'];
/** The 是/否 questions: every boolean field of the answers. */
export type YesNoField = {
  [K in keyof EligibilityAnswers]: EligibilityAnswers[K] extends boolean ? K : never;
}[keyof EligibilityAnswers];

export type SelfCheckStep =
  | { kind: 'household'; question: string; hint: string }
  | { kind: 'school'; question: string; hint: string }
  | { kind: 'aged'; question: string; hint: string }
  | { kind: 'yesNo'; field: YesNoField; question: string; hint: string };

/** One question per screen, in the order a cadre would ask them at the door. */
export const SELF_CHECK_STEPS: readonly SelfCheckStep[] = [
  {
    kind: 'household',
    question: '您家现在是哪一类户？',
    hint: '看家里的“户情档案袋”颜色：绿色是一般户，蓝色是已脱贫户，红色是监测户。记不清就选“不清楚”。',
  },
  {
    kind: 'school',
    question: '家里有几个人在上学？',
    hint: '按上学阶段点“加一”。没有人上学就直接点“下一步”。',
  },
  {
    kind: 'yesNo',
    field: 'chronicIllness',
    question: '家里有人得慢性病、需要长期吃药吗？',
    hint: '比如高血压、糖尿病、心脏病等。',
  },
  {
    kind: 'yesNo',
    field: 'seriousIllness',
    question: '家里有人得了大病、重病吗？',
    hint: '比如癌症、尿毒症、要做大手术，花钱很多的病。',
  },
  {
    kind: 'aged',
    question: '家里有几位 60 岁以上的老人？',
    hint: '包括您自己。没有就直接点“下一步”。',
  },
  {
    kind: 'yesNo',
    field: 'disability',
    question: '家里有残疾人吗？',
    hint: '有没有残疾证都算。',
  },
  {
    kind: 'yesNo',
    field: 'disasterLoss',
    question: '家里今年遭过灾吗？',
    hint: '比如洪水、冰雹、地震、火灾，房子或庄稼受了损失。',
  },
  {
    kind: 'yesNo',
    field: 'accidentInjury',
    question: '家里有人出过意外、受了伤吗？',
    hint: '比如摔伤、车祸、干活受伤。',
  },
  {
    kind: 'yesNo',
    field: 'lowIncome',
    question: '家里收入很低、日子很难过吗？',
    hint: '平均每人每月的收入，比村里说的低保线还低，就选“是”。',
  },
  {
    kind: 'yesNo',
    field: 'wantsTraining',
    question: '家里有人想学一门手艺、找份工作吗？',
    hint: '比如学开挖掘机、电焊、面点、缝纫。',
  },
  {
    kind: 'yesNo',
    field: 'wantsBusiness',
    question: '家里想养殖、种植或者做点小生意吗？',
    hint: '想发展产业、需要贷款的也选“是”。',
  },
];

export const HOUSEHOLD_ANSWERS: readonly { value: HouseholdAnswer; label: string }[] = [
  { value: 'general', label: '一般户（绿色档案袋）' },
  { value: 'lifted', label: '已脱贫户（蓝色档案袋）' },
  { value: 'monitored', label: '监测户（红色档案袋）' },
  { value: 'unknown', label: '不清楚' },
];

export const SCHOOL_STAGES: readonly { stage: SchoolStage; label: string }[] = [
  { stage: 'preschool', label: '幼儿园' },
  { stage: 'primary', label: '小学' },
  { stage: 'junior', label: '初中' },
  { stage: 'senior', label: '高中' },
  { stage: 'vocational', label: '中职、技校' },
  { stage: 'college', label: '大学、大专' },
];

export const MAX_COUNT = 20;

/** What the wizard keeps on the phone: the answers so far and the screen it is on. */
export interface SelfCheckDraft {
  step: number;
  householdCategory: HouseholdAnswer | null;
  inSchool: EligibilityAnswers['inSchool'];
  aged60Plus: number;
  yesNo: Partial<Record<YesNoField, boolean>>;
}

export const EMPTY_SELF_CHECK: SelfCheckDraft = {
  step: 0,
  householdCategory: null,
  inSchool: { preschool: 0, primary: 0, junior: 0, senior: 0, vocational: 0, college: 0 },
  aged60Plus: 0,
  yesNo: {},
};

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

export function isSelfCheckDraft(value: unknown): value is SelfCheckDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const school = v.inSchool as Record<string, unknown> | null | undefined;
  return (
    typeof v.step === 'number' &&
    (v.householdCategory === null ||
      HOUSEHOLD_ANSWERS.some((a) => a.value === v.householdCategory)) &&
    typeof school === 'object' &&
    school !== null &&
    SCHOOL_STAGES.every(({ stage }) => isCount(school[stage])) &&
    isCount(v.aged60Plus) &&
    typeof v.yesNo === 'object' &&
    v.yesNo !== null
  );
}

/** Whether the question on this screen has an answer (counters always do). */
export function isAnswered(draft: SelfCheckDraft, step: SelfCheckStep): boolean {
  if (step.kind === 'household') return draft.householdCategory !== null;
  if (step.kind === 'yesNo') return typeof draft.yesNo[step.field] === 'boolean';
  return true;
}

/** The answers to send, or the first screen still unanswered. */
export function toAnswers(
  draft: SelfCheckDraft,
): { ok: true; answers: EligibilityAnswers } | { ok: false; step: number } {
  const missing = SELF_CHECK_STEPS.findIndex((step) => !isAnswered(draft, step));
  if (missing >= 0 || draft.householdCategory === null) {
    return { ok: false, step: Math.max(missing, 0) };
  }
  const yes = (field: YesNoField) => draft.yesNo[field] === true;
  return {
    ok: true,
    answers: {
      householdCategory: draft.householdCategory,
      inSchool: { ...draft.inSchool },
      chronicIllness: yes('chronicIllness'),
      seriousIllness: yes('seriousIllness'),
      aged60Plus: draft.aged60Plus,
      disability: yes('disability'),
      disasterLoss: yes('disasterLoss'),
      accidentInjury: yes('accidentInjury'),
      lowIncome: yes('lowIncome'),
      wantsTraining: yes('wantsTraining'),
      wantsBusiness: yes('wantsBusiness'),
    },
  };
}
