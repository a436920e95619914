/**
 * Catalogues of the 返贫风险 feature, kept as data (../shared/RULES-monitoring.md A4, A8).
 * The client shows them from here; the contract validates against them.
 */

/**
 * 致贫/返贫风险 types of the national 防返贫监测信息系统 (code table 100A27; up to 5 per household).
 * `icon` names a picture in client/src/assets/risk/.
 */
export const RISK_TYPES = {
  illness: { label: '因病', hint: '家里有人得了大病、慢病，看病花钱多', icon: 'illness' },
  disability: { label: '因残', hint: '家里有人残疾，干不了活', icon: 'disability' },
  education: { label: '因学', hint: '孩子上学花费大', icon: 'education' },
  disaster: { label: '因自然灾害', hint: '洪水、冰雹、地震等把房子、庄稼毁了', icon: 'disaster' },
  accident: { label: '因意外事故', hint: '车祸、工伤、火灾等意外', icon: 'accident' },
  business_failure: { label: '因产业项目失败', hint: '养殖、种植、生意赔了钱', icon: 'business' },
  unemployment: { label: '因务工就业不稳', hint: '打工没活干、工钱没拿到', icon: 'job' },
  lack_of_labour: { label: '缺劳动力', hint: '家里没有能干活挣钱的人', icon: 'labour' },
  housing: { label: '因安全住房', hint: '房子成了危房、住着不安全', icon: 'housing' },
  drinking_water: { label: '因安全饮水', hint: '吃水困难、水不干净', icon: 'water' },
  other: { label: '其他', hint: '其他让家里过不下去的困难', icon: 'other' },
} as const;
export type RiskType = keyof typeof RISK_TYPES;
export const RISK_TYPE_CODES = Object.keys(RISK_TYPES) as [RiskType, ...RiskType[]];

/** 因自然灾害子项 (code table 100A271). */
export const DISASTER_SUBTYPES = {
  flood: '洪涝',
  geological: '地质灾害',
  drought: '旱灾',
  biological: '生物灾害',
  weather: '气象灾害（冰雹、大风、霜冻）',
  earthquake: '地震',
  other: '其他',
} as const;
export type DisasterSubtype = keyof typeof DISASTER_SUBTYPES;
export const DISASTER_SUBTYPE_CODES = Object.keys(DISASTER_SUBTYPES) as [
  DisasterSubtype,
  ...DisasterSubtype[],
];

/** Risks that may take the 绿色通道 (先行救助帮扶，后履行程序): facts clear, help needed now. */
export const GREEN_CHANNEL_RISKS: readonly RiskType[] = ['disaster', 'accident'];

/** Who filed for someone else (代为申报), as recorded and shown. */
export const PROXY_RELATIONS = {
  child: '子女',
  spouse: '配偶',
  parent: '父母',
  sibling: '兄弟姐妹',
  other_relative: '其他亲属',
  neighbour: '邻居',
  village_cadre: '村干部',
  resident_cadre: '驻村干部',
} as const;
export type ProxyRelation = keyof typeof PROXY_RELATIONS;
export const PROXY_RELATION_CODES = Object.keys(PROXY_RELATIONS) as [
  ProxyRelation,
  ...ProxyRelation[],
];

/**
 * The 9 sectors of the "119" response — DEMO LIST: no source names Linxia's nine; this is the best
 * guess in RULES-monitoring.md A8 and must be confirmed by 临夏市农业农村局.
 */
export const SECTORS = {
  education: {
    label: '教育',
    department: '市教育局',
    examples: ['教育资助', '雨露计划', '控辍保学'],
  },
  health: { label: '卫健', department: '市卫生健康局', examples: ['家庭医生签约', '大病专项救治'] },
  medical_insurance: {
    label: '医保',
    department: '市医疗保障局',
    examples: ['参保资助', '医疗救助', '大病保险倾斜'],
  },
  housing: { label: '住建', department: '市住房和城乡建设局', examples: ['危房改造', '抗震改造'] },
  water: { label: '水务', department: '市水务局', examples: ['饮水安全工程', '入户管网维修'] },
  civil_affairs: {
    label: '民政',
    department: '市民政局',
    examples: ['纳入低保', '特困供养', '临时救助'],
  },
  employment: {
    label: '人社',
    department: '市人力资源和社会保障局',
    examples: ['就业岗位推荐', '公益性岗位', '技能培训'],
  },
  agriculture: {
    label: '农业农村',
    department: '市农业农村局',
    examples: ['产业奖补', '小额信贷', '消费帮扶'],
  },
  disability: { label: '残联', department: '市残疾人联合会', examples: ['两项补贴', '康复服务'] },
} as const;
export type Sector = keyof typeof SECTORS;
export const SECTOR_CODES = Object.keys(SECTORS) as [Sector, ...Sector[]];
export const SECTORS_ARE_DEMO = true;

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_LABEL: Record<MeasureStatus, string> = {
  planned: '已安排',
  in_progress: '正在办',
  done: '已办好',
};

/**
 * The written 授权 of the real process (《监测对象申请及承诺授权查询书》): the family agrees that
 * the village, town and city may check the economic situation of every household member.
 */
export const RISK_CONSENT = {
  version: 'risk-check-2026-12',
  purpose:
    '我家自愿申请防返贫监测帮扶，同意村、镇、市工作人员入户核实，并向民政、人社、医保、不动产、车辆等部门查询全体家庭成员的收入和财产情况，只用于这次认定和帮扶。',
} as const;

/** 风险消除方式 (A7 Exit block). */
export const ELIMINATION_METHODS = { assisted: '帮扶消除', natural: '自然消除' } as const;
export type EliminationMethod = keyof typeof ELIMINATION_METHODS;
