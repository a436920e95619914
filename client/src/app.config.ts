import { readClientEnv } from './env';

/** Features with a single page (`packages/<name>/pages/index/index`). */
const FEATURE_PACKAGES = ['messages'];

function tab(pagePath: string, text: string, icon: string) {
  return {
    pagePath,
    text,
    iconPath: `assets/tabbar/${icon}.png`,
    selectedIconPath: `assets/tabbar/${icon}-active.png`,
  };
}

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/history/index',
    'pages/services/index',
    'pages/me/index',
    'pages/login/index',
  ],
  subPackages: [
    ...FEATURE_PACKAGES.map((name) => ({
      root: `packages/${name}`,
      pages: ['pages/index/index'],
    })),
    // 意见反馈: the villager's form and 我反馈过的; 反馈待办 and one feedback for officials.
    {
      root: 'packages/feedback',
      pages: ['pages/index/index', 'pages/inbox/index', 'pages/case/index'],
    },
    // 村史家珍: browse, detail, the 乡愁记忆 reader, 我要投稿, 我的投稿 and the cadre's review queue.
    {
      root: 'packages/exhibits',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/reader/index',
        'pages/contribute/index',
        'pages/mine/index',
        'pages/review/index',
        'pages/chapters/index',
      ],
    },
    // 技能培训: courses, sign-up, 我的报名, check-in, certificates; roster and codes for trainers;
    // 开课/编辑课程, 就业登记 after training and the 劳务输出 statistics.
    {
      root: 'packages/training',
      pages: [
        'pages/index/index',
        'pages/course/index',
        'pages/mine/index',
        'pages/check-in/index',
        'pages/certificate/index',
        'pages/verify/index',
        'pages/trainer/index',
        'pages/roster/index',
        'pages/session-code/index',
        'pages/course-edit/index',
        'pages/job/index',
        'pages/employment-stats/index',
      ],
    },
    // 政策明白纸: list and search, explainers with history, the 我能享受哪些政策 self-check;
    // 编辑政策 for admins (each save a new version).
    {
      root: 'packages/policies',
      pages: [
        'pages/index/index',
        'pages/article/index',
        'pages/self-check/index',
        'pages/result/index',
        'pages/manage/index',
        'pages/edit/index',
      ],
    },
    // 返贫风险申报 for families: the one-question-per-screen form, 我的申报, a report's progress, 村内公示.
    {
      root: 'packages/risk',
      pages: [
        'pages/index/index',
        'pages/mine/index',
        'pages/report/index',
        'pages/publicity/index',
      ],
    },
    // 防返贫监测 for officials: 待办 by due date, a case with its review panel, the 119 plan, 统计.
    {
      root: 'packages/risk-work',
      pages: ['pages/queue/index', 'pages/case/index', 'pages/plan/index', 'pages/stats/index'],
    },
    // 防贫保险理赔 for families: 申请理赔 (type, checklist photos, amounts with the estimate),
    // 我的理赔 and a claim's progress.
    {
      root: 'packages/claims',
      pages: ['pages/index/index', 'pages/mine/index', 'pages/claim/index'],
    },
    // 理赔审核 for village, town, insurer and city: 待办 by due date, a claim with its documents
    // and review panel, 统计.
    {
      root: 'packages/claims-work',
      pages: ['pages/queue/index', 'pages/case/index', 'pages/stats/index'],
    },
    // 隐私政策: one page, opened from 我的, the privacy sheet and every form that asks for
    // ID numbers, phone, health or photos.
    { root: 'packages/privacy', pages: ['pages/index/index'] },
    // 完善资料: name, phone, ID number (with the privacy consent) and home village, from 我的
    // and from forms that need the profile.
    { root: 'packages/profile', pages: ['pages/edit/index'] },
    // 人员与角色 for administrators: find anyone, set their role and unit.
    { root: 'packages/admin', pages: ['pages/roles/index'] },
    // 户情: 我的家 for villagers, 工作台 / 360° / 统计 / 新建户 / 编辑户情 for cadres.
    {
      root: 'packages/households',
      pages: [
        'pages/index/index',
        'pages/workbench/index',
        'pages/detail/index',
        'pages/dashboard/index',
        'pages/new/index',
        'pages/edit/index',
      ],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f7a3a',
    navigationBarTitleText: '掌上智慧村',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    // weapp draws src/custom-tab-bar (WeChat's own tab bar cannot make its labels bigger for
    // 长辈模式); Taro's h5 has no custom tab bar and keeps its own, styled in theme.css.
    custom: readClientEnv().platform === 'weapp',
    color: '#5c6370',
    selectedColor: '#1f7a3a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    // Icons are drawn by scripts/make-tab-icons.ts (81×81, grey and green like the text).
    // custom-tab-bar/tab-items.ts lists the same tabs.
    list: [
      tab('pages/home/index', '首页', 'home'),
      tab('pages/history/index', '村史', 'history'),
      tab('pages/services/index', '办事', 'services'),
      tab('pages/me/index', '我的', 'me'),
    ],
  },
});
