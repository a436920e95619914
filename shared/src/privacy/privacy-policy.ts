/**
 * 《掌上智慧村隐私政策》: the one text the in-app 隐私政策 page shows and the README's privacy
 * section is written from. Bump `version` and `effectiveDate` whenever a word changes; the page
 * shows both. Wording is for villagers: short sentences, no legal jargon.
 *
 * `OPERATOR_PLACEHOLDER` marks what the deploying organisation (the 临夏市 unit that registers the
 * mini-program) must fill in before release: its name, address and a contact phone.
 */
import { apiDeclarations } from './privacy-declarations';

export const OPERATOR_PLACEHOLDER = '【待部署单位填写】';

export interface PolicyItem {
  /** What is collected or done, in a few words. */
  label: string;
  /** Why, and what happens with it. */
  detail: string;
}

export interface PolicySection {
  /** Stable id (anchors, tests). */
  id: PolicySectionId;
  title: string;
  paragraphs: readonly string[];
  items?: readonly PolicyItem[];
}

export type PolicySectionId =
  | 'who'
  | 'collect'
  | 'why'
  | 'storage'
  | 'access'
  | 'retention'
  | 'sharing'
  | 'rights'
  | 'shared-phone'
  | 'wechat-apis'
  | 'changes';

export interface PrivacyPolicy {
  title: string;
  version: string;
  /** yyyy-mm-dd */
  effectiveDate: string;
  sections: readonly PolicySection[];
}

export const PRIVACY_POLICY: PrivacyPolicy = {
  title: '掌上智慧村隐私政策',
  version: '1.0',
  effectiveDate: '2026-12-02',
  sections: [
    {
      id: 'who',
      title: '一、我们是谁',
      paragraphs: [
        '“掌上智慧村”是临夏市为村民办事、防返贫监测、技能培训和村史家珍做的微信小程序。',
        `运营单位：${OPERATOR_PLACEHOLDER}（单位名称）。地址：${OPERATOR_PLACEHOLDER}。联系电话：${OPERATOR_PLACEHOLDER}。`,
        '您在小程序里填的信息，由运营单位和您所在的村、镇、市工作人员按本政策使用。',
      ],
    },
    {
      id: 'collect',
      title: '二、我们收集哪些信息',
      paragraphs: ['只收集办事必需的信息。不用某项功能，就不会收集这项功能的信息。'],
      items: [
        {
          label: '户情（我的家）',
          detail:
            '户主和家庭成员的姓名、身份证号、手机号、与户主的关系、家庭收入和帮扶情况。大多由村干部登记，您申请关联“我的家”时会用到您的微信身份和加入码。',
        },
        {
          label: '返贫风险申报（含替家人申报）',
          detail:
            '家里遇到的难处：生病或残疾情况、看病花费、收入减少、受灾情况，您拍的照片，联系电话；替家人申报时还有家人的姓名、与您的关系和所在村。',
        },
        {
          label: '技能培训',
          detail: '报名人的姓名和手机号，签到记录和结业证书。',
        },
        {
          label: '村史家珍',
          detail: '您投稿的老物件、老照片的照片和故事，以及您是否愿意署名。',
        },
        {
          label: '意见反馈',
          detail: '您写的意见内容，以及您是谁（为了给您回复）。',
        },
        {
          label: '登录信息',
          detail:
            '微信给小程序的用户标识（openid），用来认出是您本人。我们不获取您的微信昵称和头像。',
        },
      ],
    },
    {
      id: 'why',
      title: '三、为什么要这些信息',
      paragraphs: [
        '户情和申报信息用于防返贫监测：村里核实、镇里审核、市里审定，及时给有困难的家庭落实帮扶政策。',
        '培训报名信息用于安排座位、签到、发结业证书和通知上课。',
        '村史家珍的照片和故事经村干部审核后在小程序里展出；不署名时只显示打码的名字（如“马*礼”）。',
        '我们不会把您的信息用于广告或卖给任何人。',
      ],
    },
    {
      id: 'storage',
      title: '四、信息存在哪里',
      paragraphs: [
        '信息存放在腾讯云开发（CloudBase）位于中国境内的服务器上，照片和文件都是不公开的，只有有权限的人能看。',
        '身份证号在屏幕上最多只显示后 4 位；手机号只显示部分数字。',
      ],
    },
    {
      id: 'access',
      title: '五、谁能看到',
      paragraphs: ['按“谁管谁看”的原则，每个人只能看到自己负责范围内的信息：'],
      items: [
        { label: '您自己', detail: '能看到自己家的档案、自己的申报和进度、自己的投稿和报名。' },
        { label: '村干部', detail: '能看到本村农户的档案和申报，用来核实和上门走访。' },
        { label: '镇审核人员', detail: '能看到本镇的申报，用来审核。' },
        {
          label: '市审定人员',
          detail:
            '能看到全市的申报；为办理防贫保险，只有市里能导出完整身份证号，每次导出都有记录。',
        },
        { label: '培训老师', detail: '只能看到自己课程的报名名单和签到。' },
      ],
    },
    {
      id: 'retention',
      title: '六、保存多久',
      paragraphs: [
        '户情和防返贫监测记录按国家防返贫监测工作的要求保存，帮扶结束后继续保存以备核查。',
        `培训、投稿和意见反馈保存到您请村干部删除为止；运营单位规定的更短期限：${OPERATOR_PLACEHOLDER}。`,
        '导出的表格只能下载一次，下载后服务器上随即删除。',
      ],
    },
    {
      id: 'sharing',
      title: '七、会不会给别人',
      paragraphs: [
        '不会给任何商业机构。',
        '只有在落实帮扶时，会把帮扶需要的信息交给承担帮扶的政府部门（119 个帮扶行业部门，例如民政、医保、教育、人社），而且只给办这件事必需的部分。',
        '法律法规要求时，依法提供。',
      ],
    },
    {
      id: 'rights',
      title: '八、您的权利',
      paragraphs: [
        '查看：在“我的家”“我的申报”“我的报名”“我的投稿”里随时查看。',
        '更正：发现信息不对，请找村干部更正，或在“意见反馈”里告诉我们。',
        '删除：不想再用时，可以请村干部删除您的账号关联和投稿；防返贫监测必须保存的记录按规定保存。',
        `联系方式：请找本村村委会，或拨打运营单位电话 ${OPERATOR_PLACEHOLDER}。我们会尽快答复。`,
      ],
    },
    {
      id: 'shared-phone',
      title: '九、一部手机几个人用',
      paragraphs: [
        '家里几个人共用一部手机时，您没发出去的草稿和申报只存在这部手机上，别人登录后看不到。',
        '用完请在“我的”里点“退出登录”：会清除这部手机上您的草稿、待发送内容和登录信息。',
      ],
    },
    {
      id: 'wechat-apis',
      title: '十、用到的微信功能',
      paragraphs: [
        '第一次用到下面这些功能前，小程序会先请您阅读并同意本政策和微信的《用户隐私保护指引》：',
      ],
      items: apiDeclarations().map((d) => ({
        label: `${d.info}（${d.apis.join('、')}）`,
        detail: `为了${d.purpose}。`,
      })),
    },
    {
      id: 'changes',
      title: '十一、政策的更新',
      paragraphs: ['本政策有变化时，会更新版本号和日期，并在小程序里提示您再次阅读。'],
    },
  ],
};
