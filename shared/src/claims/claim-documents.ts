import type { ClaimType } from './claim-schemes';

/**
 * The papers a 防贫保险 claim needs, kept as data (RULES-monitoring.md B4, issue 14). Each item has
 * a plain-Chinese label, a one-line hint, and names an example picture in
 * client/src/assets/claims/documents/ (same name as the item).
 */
export const DOCUMENT_ITEMS = {
  id_card: { label: '身份证', hint: '申请人身份证正面和反面各拍一张' },
  hukou: { label: '户口簿', hint: '户口簿首页和申请人那一页' },
  bank_card: { label: '银行卡', hint: '用申请人自己名字开的银行卡或一卡通，拍清卡号' },
  proxy_authorisation: {
    label: '委托书和代办人身份证',
    hint: '替家人申请时，要有本人签字按手印的委托书，再拍代办人的身份证',
  },
  invoices: { label: '住院发票', hint: '医院开的住院收费票据，每一张都拍' },
  itemised_bill: { label: '费用明细清单', hint: '出院时医院打印的每天花费清单' },
  discharge_summary: { label: '出院小结', hint: '出院时医生写的出院记录' },
  diagnosis: { label: '诊断证明', hint: '医生开的诊断证明书，要有医院盖章' },
  settlement_slips: {
    label: '报销结算单',
    hint: '医保、大病保险、医疗救助报销后的结算单，上面写着自己掏了多少钱',
  },
  outpatient_receipts: {
    label: '门诊慢特病票据',
    hint: '有慢性病、特殊病门诊花费的，拍下门诊票据（没有可以不拍）',
  },
  admission_or_enrolment: {
    label: '录取通知书或学籍证明',
    hint: '新生拍录取通知书；在读学生拍学校开的学籍证明',
  },
  fee_receipts: { label: '学费住宿费票据', hint: '学校开的学费、住宿费收费票据' },
  grants_received: {
    label: '已领资助证明',
    hint: '已经拿到的助学金、雨露计划、学费减免的证明；没有领过就请村里写个说明',
  },
  disaster_certificate: {
    label: '村里开的受灾证明',
    hint: '村委会（和乡镇）开的受灾证明，要盖公章',
  },
  photos_before_repair: {
    label: '受灾现场照片',
    hint: '修房子、清理之前拍的现场照片，多拍几张',
  },
  loss_list: { label: '损失清单', hint: '写清楚坏了什么、值多少钱，村里核过签字' },
  accident_report: {
    label: '事故证明',
    hint: '交警的事故认定书，或者派出所开的证明',
  },
  disability_assessment: {
    label: '伤残鉴定书',
    hint: '二级以上医院或司法鉴定机构出的伤残等级鉴定',
  },
  death_certificate: { label: '死亡医学证明', hint: '医院开的《居民死亡医学证明书》' },
  hukou_cancellation: { label: '户口注销证明', hint: '派出所开的户口注销证明' },
  cremation_certificate: {
    label: '火化证或村里的安葬证明',
    hint: '火化证；土葬的请村委会开安葬证明',
  },
  heirs_certificate: {
    label: '继承人关系证明',
    hint: '村委会开的证明，写清谁是去世的人的家属、谁来领钱',
  },
} as const;
export type DocumentItem = keyof typeof DOCUMENT_ITEMS;
export const DOCUMENT_ITEM_CODES = Object.keys(DOCUMENT_ITEMS) as [DocumentItem, ...DocumentItem[]];

/** 意外: the person was disabled or died; the papers differ. */
export const ACCIDENT_OUTCOMES = { disability: '伤残', death: '身故' } as const;
export type AccidentOutcome = keyof typeof ACCIDENT_OUTCOMES;
export const ACCIDENT_OUTCOME_CODES = Object.keys(ACCIDENT_OUTCOMES) as [
  AccidentOutcome,
  ...AccidentOutcome[],
];

/** When a requirement applies. */
export interface RequirementCondition {
  /** Only when filed for someone else. */
  proxy?: true;
  accidentOutcome?: AccidentOutcome;
}

/**
 * One requirement of a checklist: `n` of the items `of` (one item: that paper; 2 of 3: any two).
 * `optional` items are shown but never missing.
 */
export interface DocumentRequirement {
  id: string;
  of: readonly DocumentItem[];
  n: number;
  label: string;
  when?: RequirementCondition;
  optional?: boolean;
}

function item(id: DocumentItem, extra: Partial<DocumentRequirement> = {}): DocumentRequirement {
  return { id, of: [id], n: 1, label: DOCUMENT_ITEMS[id].label, ...extra };
}

/** Every claim. */
export const COMMON_REQUIREMENTS: readonly DocumentRequirement[] = [
  item('id_card'),
  item('hukou'),
  item('bank_card'),
  item('proxy_authorisation', { when: { proxy: true } }),
];

export const CLAIM_REQUIREMENTS: Record<ClaimType, readonly DocumentRequirement[]> = {
  illness: [
    item('invoices'),
    item('itemised_bill'),
    item('discharge_summary'),
    item('diagnosis'),
    item('settlement_slips'),
    item('outpatient_receipts', { optional: true }),
  ],
  education: [item('admission_or_enrolment'), item('fee_receipts'), item('grants_received')],
  disaster: [item('disaster_certificate'), item('photos_before_repair'), item('loss_list')],
  accident: [
    item('accident_report'),
    item('disability_assessment', { when: { accidentOutcome: 'disability' } }),
    {
      id: 'death_papers',
      of: ['death_certificate', 'hukou_cancellation', 'cremation_certificate'],
      n: 2,
      label: '死亡证明、户口注销证明、火化证（或安葬证明）三样中的两样',
      when: { accidentOutcome: 'death' },
    },
    item('heirs_certificate', { when: { accidentOutcome: 'death' } }),
  ],
};

export interface ChecklistContext {
  /** Filed by someone for a family member (代为申请). */
  proxy: boolean;
  /** Required to decide an accident claim's papers. */
  accidentOutcome?: AccidentOutcome;
}

/** The requirements that apply to this claim, in the order the form shows them. */
export function checklistFor(type: ClaimType, ctx: ChecklistContext): DocumentRequirement[] {
  return [...COMMON_REQUIREMENTS, ...CLAIM_REQUIREMENTS[type]].filter((r) => {
    if (r.when?.proxy && !ctx.proxy) return false;
    if (r.when?.accidentOutcome && r.when.accidentOutcome !== ctx.accidentOutcome) return false;
    return true;
  });
}

/** Every paper that may be attached to this claim (the union of its requirements' items). */
export function itemsFor(type: ClaimType, ctx: ChecklistContext): DocumentItem[] {
  return [...new Set(checklistFor(type, ctx).flatMap((r) => r.of))];
}

/** A requirement not yet met: how many more of which papers. */
export interface MissingRequirement {
  id: string;
  label: string;
  /** How many more papers are needed. */
  need: number;
  /** The papers that would meet it (those not yet attached). */
  items: DocumentItem[];
}

export interface Completeness {
  complete: boolean;
  missing: MissingRequirement[];
  /** Papers attached that this claim does not take (the form should not send them). */
  unexpected: string[];
}

/** What is still missing, for an accident claim whose outcome is not yet chosen. */
export const CHOOSE_ACCIDENT_OUTCOME: MissingRequirement = {
  id: 'accident_outcome',
  label: '请先选择是伤残还是身故，才知道要交哪些材料',
  need: 1,
  items: [],
};

/**
 * Which papers are still missing. An item counts as attached when it has at least one file. Pure:
 * the same answer for the family's form, the village check and the contract.
 */
export function checklistCompleteness(
  type: ClaimType,
  ctx: ChecklistContext,
  attached: readonly { item: string; fileIds: readonly string[] }[],
): Completeness {
  const have = new Set(attached.filter((a) => a.fileIds.length > 0).map((a) => a.item));
  const missing: MissingRequirement[] = [];
  if (type === 'accident' && !ctx.accidentOutcome) missing.push(CHOOSE_ACCIDENT_OUTCOME);
  const requirements = checklistFor(type, ctx);
  for (const r of requirements) {
    if (r.optional) continue;
    const got = r.of.filter((i) => have.has(i)).length;
    if (got < r.n)
      missing.push({
        id: r.id,
        label: r.label,
        need: r.n - got,
        items: r.of.filter((i) => !have.has(i)),
      });
  }
  // Papers of the other accident outcome are not unexpected while the outcome is undecided.
  const allowed = new Set<string>(
    type === 'accident' && !ctx.accidentOutcome
      ? ACCIDENT_OUTCOME_CODES.flatMap((o) => itemsFor(type, { ...ctx, accidentOutcome: o }))
      : requirements.flatMap((r) => r.of),
  );
  const unexpected = [...have].filter((i) => !allowed.has(i));
  return { complete: missing.length === 0, missing, unexpected };
}
