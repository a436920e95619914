/**
 * What the mini-program declares in the mp console (设置 → 服务内容声明 → 用户隐私保护指引):
 * each kind of information, the purpose WeChat shows as “为了{purpose}，开发者将在获取你的明示
 * 同意后，收集…”, and the WeChat APIs that need it. WeChat disables a privacy API whose kind is
 * not declared (“api scope is not declared in the privacy agreement”), so every privacy API the
 * client calls must appear here; the in-app 隐私政策 lists the same APIs from this table.
 */
export interface PrivacyDeclaration {
  /** WeChat's privacy_key (setprivacysetting); `custom` for information we collect ourselves. */
  privacyKey: 'Album' | 'Camera' | 'Clipboard' | 'custom';
  /** The information type as the console names it. */
  info: string;
  /** Purpose, without “为了” (WeChat adds it). */
  purpose: string;
  /** WeChat APIs or components that need it; empty for information typed into our forms. */
  apis: readonly string[];
  /** Where in the app, in the words villagers see. */
  usedIn: readonly string[];
}

export const PRIVACY_DECLARATIONS: readonly PrivacyDeclaration[] = [
  {
    privacyKey: 'Album',
    info: '选中的照片或视频信息',
    purpose: '上传返贫风险申报、村史家珍投稿和入户走访的照片',
    apis: ['wx.chooseImage'],
    usedIn: ['返贫风险申报', '村史家珍投稿', '入户走访'],
  },
  {
    privacyKey: 'Camera',
    info: '摄像头',
    purpose: '培训签到时扫描老师屏幕上的签到二维码，以及拍摄申报和投稿的照片',
    apis: ['wx.scanCode', 'wx.chooseImage（拍照）'],
    usedIn: ['培训签到', '返贫风险申报', '村史家珍投稿'],
  },
  {
    privacyKey: 'Clipboard',
    info: '剪切板',
    purpose: '复制培训报名名单和展品链接，方便发给别人',
    apis: ['wx.setClipboardData'],
    usedIn: ['培训名单导出', '村史家珍分享'],
  },
  {
    privacyKey: 'custom',
    info: '姓名、身份证号、手机号、家庭成员和家庭收入',
    purpose: '建立农户档案，开展防返贫监测和帮扶',
    apis: [],
    usedIn: ['户情（我的家）', '返贫风险申报'],
  },
  {
    privacyKey: 'custom',
    info: '健康状况（生病、残疾、看病花费）',
    purpose: '核实返贫风险并落实医疗等帮扶政策',
    apis: [],
    usedIn: ['返贫风险申报'],
  },
  {
    privacyKey: 'custom',
    info: '培训报名的姓名和手机号',
    purpose: '安排培训、签到和发放结业证书',
    apis: [],
    usedIn: ['技能培训'],
  },
  {
    privacyKey: 'custom',
    info: '发布内容（投稿的故事、意见反馈）',
    purpose: '审核后展出村史家珍，回复和处理意见反馈',
    apis: [],
    usedIn: ['村史家珍投稿', '意见反馈'],
  },
];

/** Declarations tied to a WeChat privacy API (what the console requires before the API works). */
export function apiDeclarations(): readonly PrivacyDeclaration[] {
  return PRIVACY_DECLARATIONS.filter((d) => d.apis.length > 0);
}

/** The declaration list as Markdown lines, for the README's deployment steps. */
export function formatPrivacyDeclarations(): string {
  const line = (d: PrivacyDeclaration) =>
    `- **${d.info}**（${d.privacyKey === 'custom' ? '自行收集，填在“其他信息”/补充说明' : d.privacyKey}）：为了${d.purpose}。` +
    (d.apis.length > 0 ? `接口：${d.apis.join('、')}。` : '') +
    `用在：${d.usedIn.join('、')}。`;
  return PRIVACY_DECLARATIONS.map(line).join('\n');
}
