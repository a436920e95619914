/** The four tabs (app.config.ts's tabBar list), for the weapp's custom tab bar. */
export interface TabItem {
  pagePath: string;
  text: string;
  /** assets/tabbar/<icon>.png and <icon>-active.png (scripts/make-tab-icons.ts). */
  icon: string;
}

export const TAB_ITEMS: readonly TabItem[] = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/history/index', text: '村史', icon: 'history' },
  { pagePath: 'pages/services/index', text: '办事', icon: 'services' },
  { pagePath: 'pages/me/index', text: '我的', icon: 'me' },
];

/** The tab of a page route (`pages/me/index`, with or without a leading slash); -1 if none. */
export function tabIndexOf(route: string | undefined): number {
  const path = (route ?? '').replace(/^\//, '').split('?')[0];
  return TAB_ITEMS.findIndex((t) => t.pagePath === path);
}
