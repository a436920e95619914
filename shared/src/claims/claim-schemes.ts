/**
 * 防贫保险 claim types and the payout scheme, kept as data (../shared/RULES-monitoring.md B1–B2,
 * issue 14). The client shows them from here; `payout-rule.ts` computes with them; the contract
 * validates against them.
 */

export const CLAIM_TYPES = ['illness', 'education', 'disaster', 'accident'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** The amounts a family enters, whole 元. */
export const AMOUNT_KEYS = ['selfPaid', 'loss', 'tuition', 'lodging', 'books', 'grants'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

export const AMOUNT_LABELS: Record<AmountKey, { label: string; hint: string }> = {
  selfPaid: {
    label: '自己掏的医药费',
    hint: '医保、大病保险、医疗救助都报销完以后，自己还要出的钱（看结算单上的“个人自付”）',
  },
  loss: {
    label: '没有赔偿的损失',
    hint: '房屋、庄稼、牲畜等的损失，减去别人已经赔给你的钱',
  },
  tuition: { label: '学费', hint: '这一学年交的学费，看学校的收费票据' },
  lodging: { label: '住宿费', hint: '这一学年交的住宿费' },
  books: { label: '书本费', hint: '这一学年买教科书的钱' },
  grants: {
    label: '已经拿到的资助',
    hint: '助学金、雨露计划、减免的学费等，已经拿到的都要填，没有就填 0',
  },
};

/** How an amount counts towards the base the rule pays on. */
export interface AmountTerm {
  key: AmountKey;
  /** `add` costs, `subtract` what others already covered (grants). */
  sign: 'add' | 'subtract';
}

/** One progressive slice of the remainder after the deductible. */
export interface PayoutBand {
  /** How much of the remainder this slice covers, whole 元; `null` = all the rest. */
  width: number | null;
  /** Whole percent, so the arithmetic stays exact (no float drift). */
  ratePercent: number;
}

export interface PayoutRuleDef {
  /** Subtracted from the base before the slices (免赔额 / 起付线), whole 元. */
  deductible: number;
  bands: readonly PayoutBand[];
  /** At most this much per household per year for the cap group, whole 元. */
  yearlyCap: number;
  /**
   * Claims whose payouts share one yearly cap. 因灾 and 意外 share one rule in the source, so they
   * share one cap here; the city's contract decides.
   */
  capGroup: 'illness' | 'education' | 'disaster_accident';
}

export interface ClaimTypeDef {
  label: string;
  /** Said to the family when picking the type. */
  hint: string;
  /** Names a picture in client/src/assets/claims/. */
  icon: string;
  amounts: readonly AmountTerm[];
  /** What the base is called on the payout lines: 「自付医疗费」. */
  baseLabel: string;
  rule: PayoutRuleDef;
}

export interface ClaimScheme {
  id: string;
  label: string;
  /** A demo scheme is shown with 「演示方案」 and replaced by the city's contract. */
  isDemo: boolean;
  note: string;
  /** Where the numbers come from. */
  source: string;
  types: Record<ClaimType, ClaimTypeDef>;
}

const DISASTER_ACCIDENT_RULE: PayoutRuleDef = {
  deductible: 10_000,
  bands: [
    { width: 10_000, ratePercent: 40 },
    { width: 20_000, ratePercent: 60 },
    { width: null, ratePercent: 80 },
  ],
  yearlyCap: 30_000,
  capGroup: 'disaster_accident',
};

/**
 * The demo scheme of issue 14 (RULES-monitoring.md B2 formulas 2 and 3). 演示方案: to be replaced by
 * the terms of the contract 临夏市 signs with its insurer.
 */
export const DEMO_CLAIM_SCHEME: ClaimScheme = {
  id: 'demo-2026',
  label: '演示方案',
  isDemo: true,
  note: '演示方案：赔付比例和封顶金额以市里与保险公司签订的合同为准。',
  source:
    '“防贫保险理赔标准”（因病、因灾/意外分段累进）；宁德因学救助（3000元以上部分按50%，每户每年最高1万元）',
  types: {
    illness: {
      label: '因病',
      hint: '家里有人生病住院，报销以后自己还要掏很多钱',
      icon: 'illness',
      amounts: [{ key: 'selfPaid', sign: 'add' }],
      baseLabel: '自付医疗费',
      rule: {
        deductible: 5_000,
        bands: [
          { width: 5_000, ratePercent: 30 },
          { width: 10_000, ratePercent: 50 },
          { width: 20_000, ratePercent: 70 },
          { width: null, ratePercent: 90 },
        ],
        yearlyCap: 200_000,
        capGroup: 'illness',
      },
    },
    education: {
      label: '因学',
      hint: '孩子上高中、中职、大学，学费住宿费负担重',
      icon: 'education',
      amounts: [
        { key: 'tuition', sign: 'add' },
        { key: 'lodging', sign: 'add' },
        { key: 'books', sign: 'add' },
        { key: 'grants', sign: 'subtract' },
      ],
      baseLabel: '学费、住宿费、书本费减去资助',
      rule: {
        deductible: 3_000,
        bands: [{ width: null, ratePercent: 50 }],
        yearlyCap: 10_000,
        capGroup: 'education',
      },
    },
    disaster: {
      label: '因灾',
      hint: '洪水、冰雹、火灾等把房子、庄稼、牲畜毁了',
      icon: 'disaster',
      amounts: [{ key: 'loss', sign: 'add' }],
      baseLabel: '没有赔偿的损失',
      rule: DISASTER_ACCIDENT_RULE,
    },
    accident: {
      label: '意外伤残/身故',
      hint: '车祸、摔伤等意外，人残疾了或者去世了',
      icon: 'accident',
      amounts: [{ key: 'loss', sign: 'add' }],
      baseLabel: '没有赔偿的损失',
      rule: DISASTER_ACCIDENT_RULE,
    },
  },
};

/** The amount keys a claim type takes, in the order the form shows them. */
export function amountKeysOf(
  type: ClaimType,
  scheme: ClaimScheme = DEMO_CLAIM_SCHEME,
): AmountKey[] {
  return scheme.types[type].amounts.map((a) => a.key);
}

/** The claim types whose payouts count against the same yearly cap as `type`. */
export function typesSharingCap(
  type: ClaimType,
  scheme: ClaimScheme = DEMO_CLAIM_SCHEME,
): ClaimType[] {
  const group = scheme.types[type].rule.capGroup;
  return CLAIM_TYPES.filter((t) => scheme.types[t].rule.capGroup === group);
}
