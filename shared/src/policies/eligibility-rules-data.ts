import type { Condition, EligibilityRule } from './eligibility-rule';

/**
 * The self-check's rules as data (demo set, for the city to review with the explainers in
 * `policy-content.ts`). Each rule names one policy, the answers that make it apply, a reason in
 * words a villager understands, and one next step inside the app.
 *
 * The rules only point people to policies worth asking about; they never promise a payment.
 * Whether a family qualifies is decided by the department that runs the policy.
 */

const LIFTED_OR_MONITORED: Condition = { field: 'householdCategory', in: ['lifted', 'monitored'] };
/** Households not yet under monitoring, who can file a 返贫风险 self-report. */
const NOT_MONITORED: Condition = {
  field: 'householdCategory',
  in: ['general', 'lifted', 'unknown'],
};

const READ_FREE_EDUCATION = {
  label: '看十五年免费教育怎么享受',
  target: 'policy',
  policyId: 'free-education-15-years',
} as const;
const READ_RAIN_DEW = {
  label: '看雨露计划怎么申请',
  target: 'policy',
  policyId: 'rain-dew-plan',
} as const;
const READ_MEDICAL_INSURANCE = {
  label: '看医保怎么报销',
  target: 'policy',
  policyId: 'basic-medical-insurance',
} as const;
const READ_SERIOUS_ILLNESS = {
  label: '看大病保险怎么报',
  target: 'policy',
  policyId: 'serious-illness-insurance',
} as const;
const READ_MEDICAL_ASSISTANCE = {
  label: '看医疗救助怎么申请',
  target: 'policy',
  policyId: 'medical-assistance',
} as const;
const READ_EXTREME_HARDSHIP = {
  label: '看特困供养怎么申请',
  target: 'policy',
  policyId: 'extreme-hardship-support',
} as const;
const FILE_CLAIM = { label: '申请防贫保险理赔', target: 'claims' } as const;
const FILE_RISK_REPORT = { label: '申报返贫风险', target: 'risk' } as const;

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  // 教育
  {
    id: 'education-preschool',
    policyId: 'free-education-15-years',
    when: [{ field: 'inSchool.preschool', atLeast: 1 }],
    reason: '家里有孩子在上幼儿园，公办幼儿园免保教费',
    nextStep: READ_FREE_EDUCATION,
  },
  {
    id: 'education-primary',
    policyId: 'free-education-15-years',
    when: [{ field: 'inSchool.primary', atLeast: 1 }],
    reason: '家里有孩子在上小学，不收学费、杂费，课本免费',
    nextStep: READ_FREE_EDUCATION,
  },
  {
    id: 'education-junior',
    policyId: 'free-education-15-years',
    when: [{ field: 'inSchool.junior', atLeast: 1 }],
    reason: '家里有孩子在上初中，不收学费、杂费，课本免费',
    nextStep: READ_FREE_EDUCATION,
  },
  {
    id: 'education-senior',
    policyId: 'free-education-15-years',
    when: [{ field: 'inSchool.senior', atLeast: 1 }],
    reason: '家里有孩子在读高中，高中免学费',
    nextStep: READ_FREE_EDUCATION,
  },
  {
    id: 'rain-dew-vocational',
    policyId: 'rain-dew-plan',
    when: [LIFTED_OR_MONITORED, { field: 'inSchool.vocational', atLeast: 1 }],
    reason: '已脱贫户或监测户家里有孩子在读职业学校，可以申请雨露计划补助',
    nextStep: READ_RAIN_DEW,
  },
  {
    id: 'rain-dew-college',
    policyId: 'rain-dew-plan',
    when: [LIFTED_OR_MONITORED, { field: 'inSchool.college', atLeast: 1 }],
    reason: '已脱贫户或监测户家里有孩子在读大专、高职，可以申请雨露计划补助',
    nextStep: READ_RAIN_DEW,
  },

  // 医疗
  {
    id: 'medical-insurance-chronic',
    policyId: 'basic-medical-insurance',
    when: [{ field: 'chronicIllness', equals: true }],
    reason: '家里有人长期生病，慢性病看门诊、拿药也能按比例报销',
    nextStep: READ_MEDICAL_INSURANCE,
  },
  {
    id: 'medical-insurance-serious',
    policyId: 'basic-medical-insurance',
    when: [{ field: 'seriousIllness', equals: true }],
    reason: '家里有人得了大病，住院费用医保按比例报销',
    nextStep: READ_MEDICAL_INSURANCE,
  },
  {
    id: 'serious-illness-serious',
    policyId: 'serious-illness-insurance',
    when: [{ field: 'seriousIllness', equals: true }],
    reason: '看大病花钱多，医保报完以后，大病保险还能再报一次',
    nextStep: READ_SERIOUS_ILLNESS,
  },
  {
    id: 'serious-illness-chronic-lifted',
    policyId: 'serious-illness-insurance',
    when: [LIFTED_OR_MONITORED, { field: 'chronicIllness', equals: true }],
    reason: '已脱贫户或监测户家里有人长期生病，一年花钱多时大病保险按规定给照顾',
    nextStep: READ_SERIOUS_ILLNESS,
  },
  {
    id: 'medical-assistance-chronic-lifted',
    policyId: 'medical-assistance',
    when: [LIFTED_OR_MONITORED, { field: 'chronicIllness', equals: true }],
    reason: '已脱贫户或监测户看病负担重的，医保报完后医疗救助再帮一把',
    nextStep: READ_MEDICAL_ASSISTANCE,
  },
  {
    id: 'medical-assistance-serious-lifted',
    policyId: 'medical-assistance',
    when: [LIFTED_OR_MONITORED, { field: 'seriousIllness', equals: true }],
    reason: '已脱贫户或监测户看病负担重的，医保报完后医疗救助再帮一把',
    nextStep: READ_MEDICAL_ASSISTANCE,
  },
  {
    id: 'medical-assistance-chronic-low-income',
    policyId: 'medical-assistance',
    when: [
      { field: 'lowIncome', equals: true },
      { field: 'chronicIllness', equals: true },
    ],
    reason: '家里收入低又有病人，医疗救助可以帮交医保、帮付医药费',
    nextStep: READ_MEDICAL_ASSISTANCE,
  },
  {
    id: 'medical-assistance-serious-low-income',
    policyId: 'medical-assistance',
    when: [
      { field: 'lowIncome', equals: true },
      { field: 'seriousIllness', equals: true },
    ],
    reason: '家里收入低又有病人，医疗救助可以帮交医保、帮付医药费',
    nextStep: READ_MEDICAL_ASSISTANCE,
  },

  // 低保、特困、养老、残疾
  {
    id: 'subsistence-low-income',
    policyId: 'subsistence-allowance',
    when: [{ field: 'lowIncome', equals: true }],
    reason: '家里每人每月收入低于当地低保标准的，可以申请低保',
    nextStep: { label: '看低保怎么申请', target: 'policy', policyId: 'subsistence-allowance' },
  },
  {
    id: 'extreme-hardship-aged',
    policyId: 'extreme-hardship-support',
    when: [
      { field: 'lowIncome', equals: true },
      { field: 'aged60Plus', atLeast: 1 },
    ],
    reason: '家里有60岁以上老人、收入又低；老人没有劳动能力、没有收入、没人赡养的，可申请特困供养',
    nextStep: READ_EXTREME_HARDSHIP,
  },
  {
    id: 'extreme-hardship-disability',
    policyId: 'extreme-hardship-support',
    when: [
      { field: 'lowIncome', equals: true },
      { field: 'disability', equals: true },
    ],
    reason: '家里有残疾人、收入又低；没有劳动能力、没有收入、没人扶养的，可申请特困供养',
    nextStep: READ_EXTREME_HARDSHIP,
  },
  {
    id: 'pension-aged',
    policyId: 'resident-pension',
    when: [{ field: 'aged60Plus', atLeast: 1 }],
    reason: '家里有60岁以上老人，参加了城乡居民养老保险的，每月可以领养老金',
    nextStep: { label: '看养老金怎么领', target: 'policy', policyId: 'resident-pension' },
  },
  {
    id: 'disability-subsidies',
    policyId: 'disability-two-subsidies',
    when: [{ field: 'disability', equals: true }],
    reason: '家里有残疾人，持残疾证可以申请生活补贴或护理补贴',
    nextStep: {
      label: '看残疾人补贴怎么申请',
      target: 'policy',
      policyId: 'disability-two-subsidies',
    },
  },

  // 住房、防贫保险
  {
    id: 'housing-disaster',
    policyId: 'rural-housing-safety',
    when: [{ field: 'disasterLoss', equals: true }],
    reason: '房子因灾倒塌或损坏的，可以申请危房改造补助',
    nextStep: { label: '看危房改造怎么申请', target: 'policy', policyId: 'rural-housing-safety' },
  },
  {
    id: 'prevention-insurance-illness',
    policyId: 'poverty-prevention-insurance',
    when: [LIFTED_OR_MONITORED, { field: 'seriousIllness', equals: true }],
    reason: '已脱贫户或监测户家里有人得大病，各项报销后自己掏的钱还多的，可申请因病防贫赔付',
    nextStep: FILE_CLAIM,
  },
  {
    id: 'prevention-insurance-education',
    policyId: 'poverty-prevention-insurance',
    when: [LIFTED_OR_MONITORED, { field: 'inSchool.college', atLeast: 1 }],
    reason: '已脱贫户或监测户家里有孩子上大学，学费负担重的，可申请因学防贫赔付',
    nextStep: FILE_CLAIM,
  },
  {
    id: 'prevention-insurance-disaster',
    policyId: 'poverty-prevention-insurance',
    when: [{ field: 'disasterLoss', equals: true }],
    reason: '家里受灾损失大，可申请因灾防贫赔付',
    nextStep: FILE_CLAIM,
  },
  {
    id: 'prevention-insurance-accident',
    policyId: 'poverty-prevention-insurance',
    when: [{ field: 'accidentInjury', equals: true }],
    reason: '家里有人遭遇意外伤害，可申请人身意外保险赔付',
    nextStep: FILE_CLAIM,
  },

  // 就业、创业
  {
    id: 'training-wanted',
    policyId: 'free-skills-training',
    when: [{ field: 'wantsTraining', equals: true }],
    reason: '想学一门技术，可以报名免费技能培训',
    nextStep: { label: '看培训课程并报名', target: 'training' },
  },
  {
    id: 'business-loan-wanted',
    policyId: 'business-guaranteed-loan',
    when: [{ field: 'wantsBusiness', equals: true }],
    reason: '想自己创业，可以申请创业担保贷款，财政按规定贴息',
    nextStep: {
      label: '看创业担保贷款怎么申请',
      target: 'policy',
      policyId: 'business-guaranteed-loan',
    },
  },
  {
    id: 'industry-lifted',
    policyId: 'industry-development-support',
    when: [LIFTED_OR_MONITORED, { field: 'wantsBusiness', equals: true }],
    reason: '已脱贫户或监测户在家种植、养殖、搞加工的，可以按规定申请产业奖补（示例）',
    nextStep: {
      label: '看产业奖补怎么申请',
      target: 'policy',
      policyId: 'industry-development-support',
    },
  },
  {
    id: 'small-loan-lifted',
    policyId: 'lifted-small-loans',
    when: [LIFTED_OR_MONITORED, { field: 'wantsBusiness', equals: true }],
    reason: '已脱贫户或监测户想发展生产，可以申请5万元以下、免担保免抵押的小额信贷',
    nextStep: { label: '看小额信贷怎么申请', target: 'policy', policyId: 'lifted-small-loans' },
  },

  // 防止返贫
  {
    id: 'monitoring-monitored',
    policyId: 'return-poverty-monitoring',
    when: [{ field: 'householdCategory', equals: 'monitored' }],
    reason: '家里是监测户，按“一户一策”享受帮扶措施',
    nextStep: { label: '看家里的帮扶措施', target: 'household' },
  },
  {
    id: 'monitoring-serious-illness',
    policyId: 'return-poverty-monitoring',
    when: [NOT_MONITORED, { field: 'seriousIllness', equals: true }],
    reason: '家里有人得大病，担心因病返贫致贫的，可以主动申报',
    nextStep: FILE_RISK_REPORT,
  },
  {
    id: 'monitoring-disaster',
    policyId: 'return-poverty-monitoring',
    when: [NOT_MONITORED, { field: 'disasterLoss', equals: true }],
    reason: '家里受灾损失大，担心因灾返贫致贫的，可以主动申报',
    nextStep: FILE_RISK_REPORT,
  },
  {
    id: 'monitoring-accident',
    policyId: 'return-poverty-monitoring',
    when: [NOT_MONITORED, { field: 'accidentInjury', equals: true }],
    reason: '家里有人遭遇意外，担心因此返贫致贫的，可以主动申报',
    nextStep: FILE_RISK_REPORT,
  },
  {
    id: 'monitoring-low-income',
    policyId: 'return-poverty-monitoring',
    when: [NOT_MONITORED, { field: 'lowIncome', equals: true }],
    reason: '家里收入低、生活困难的，可以主动申报返贫致贫风险',
    nextStep: FILE_RISK_REPORT,
  },
  {
    id: 'four-no-removals-lifted',
    policyId: 'four-no-removals',
    when: [{ field: 'householdCategory', equals: 'lifted' }],
    reason: '家里是已脱贫户，脱贫后帮扶不断，可以看看“四个不摘”和之后的安排',
    nextStep: { label: '看家里的帮扶记录', target: 'household' },
  },
];
