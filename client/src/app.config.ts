const FEATURE_PACKAGES = ['exhibits', 'claims', 'risk', 'feedback'];

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
    // 技能培训: courses, sign-up, 我的报名, check-in, certificates; roster and codes for trainers.
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
      ],
    },
    // 政策明白纸: list and search, explainers with history, the 我能享受哪些政策 self-check.
    {
      root: 'packages/policies',
      pages: [
        'pages/index/index',
        'pages/article/index',
        'pages/self-check/index',
        'pages/result/index',
      ],
    },
    // 户情: 我的家 for villagers, 工作台 / 360° / 统计 for cadres.
    {
      root: 'packages/households',
      pages: [
        'pages/index/index',
        'pages/workbench/index',
        'pages/detail/index',
        'pages/dashboard/index',
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
    color: '#5c6370',
    selectedColor: '#1f7a3a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/history/index', text: '村史' },
      { pagePath: 'pages/services/index', text: '办事' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
});
