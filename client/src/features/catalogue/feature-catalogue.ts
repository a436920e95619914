/** Every feature the home page leads to, with where it lives and whether it is built yet. */
export type FeatureKey =
  'exhibits' | 'policies' | 'training' | 'claims' | 'risk' | 'household' | 'feedback';

export interface FeatureEntry {
  key: FeatureKey;
  title: string;
  /** One plain sentence on the home grid. */
  summary: string;
  /** What it will do, shown on its 即将上线 page. */
  plans: readonly string[];
  /** The tab it belongs to besides 首页. */
  tab: 'history' | 'services';
  ready: boolean;
  /** The subpackage folder when it differs from the key. */
  packageRoot?: string;
}

export const FEATURES: readonly FeatureEntry[] = [
  {
    key: 'exhibits',
    title: '村史家珍',
    summary: '老照片、老物件、家风家训和村里的故事',
    plans: [
      '看各村的老照片、老物件和非遗手艺',
      '读《乡愁记忆·村史家珍》',
      '把家里的老物件拍照上传，让更多人看到',
    ],
    tab: 'history',
    ready: true,
  },
  {
    key: 'policies',
    title: '政策明白纸',
    summary: '用大白话讲清楚惠民政策',
    plans: [
      '按教育、医疗、住房、低保等分类看政策',
      '常见问题一问一答，可以点“朗读”听',
      '回答几个问题，看看自家能享受哪些政策',
    ],
    tab: 'services',
    ready: true,
  },
  {
    key: 'training',
    title: '技能培训',
    summary: '挖掘机、电焊、面点、缝纫等免费培训',
    plans: ['看最近开班的免费培训课程', '在手机上报名，名额满了自动排队', '签到、结业和领取证书'],
    tab: 'services',
    ready: true,
  },
  {
    key: 'claims',
    title: '防贫保险理赔',
    summary: '因病、因学、因灾、意外的理赔申请',
    plans: ['按提示准备材料，拍照上传', '提交理赔申请，也可以由家人代办', '随时查看审核到哪一步了'],
    tab: 'services',
    ready: true,
  },
  {
    key: 'risk',
    title: '返贫风险申报',
    summary: '家里遇到难处，及时告诉村里',
    plans: [],
    tab: 'services',
    ready: true,
  },
  {
    key: 'household',
    title: '我的家',
    summary: '家庭成员、帮扶措施和办事记录',
    plans: [
      '查看家庭成员信息（身份证号会打码显示）',
      '看到自家所有申报、理赔、培训记录',
      '查看帮扶责任人和联系方式',
    ],
    tab: 'services',
    ready: true,
    packageRoot: 'households',
  },
  {
    key: 'feedback',
    title: '意见反馈',
    summary: '有建议、有困难，都可以说',
    plans: [],
    tab: 'services',
    ready: true,
  },
];

/** The entry page of each feature's subpackage. */
export function featurePath(key: FeatureKey): string {
  const root = FEATURES.find((f) => f.key === key)?.packageRoot ?? key;
  return `/packages/${root}/pages/index/index`;
}

export function featureByKey(key: FeatureKey): FeatureEntry {
  const entry = FEATURES.find((f) => f.key === key);
  if (!entry) throw new Error(`unknown feature ${key}`);
  return entry;
}
