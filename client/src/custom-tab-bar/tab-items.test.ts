import { TAB_ITEMS, tabIndexOf } from './tab-items';

interface TabBarConfig {
  list: Array<{ pagePath: string; text: string; iconPath: string }>;
}

async function appTabBar(platform: 'weapp' | 'h5'): Promise<TabBarConfig & { custom: boolean }> {
  const g = globalThis as unknown as { defineAppConfig?: (c: unknown) => unknown };
  g.defineAppConfig = (c) => c;
  const before = process.env.TARO_ENV;
  process.env.TARO_ENV = platform;
  try {
    let config: { tabBar: TabBarConfig & { custom: boolean } } | undefined;
    await jest.isolateModulesAsync(async () => {
      config = ((await import('../app.config')) as { default: typeof config }).default;
    });
    if (!config) throw new Error('app.config did not load');
    return config.tabBar;
  } finally {
    process.env.TARO_ENV = before;
  }
}

test('the custom tab bar shows the tabs of app.config.ts, in its order, with its icons', async () => {
  const { list } = await appTabBar('weapp');
  expect(TAB_ITEMS.map((t) => [t.pagePath, t.text, `assets/tabbar/${t.icon}.png`])).toEqual(
    list.map((t) => [t.pagePath, t.text, t.iconPath]),
  );
});

test('weapp draws the custom tab bar; h5 keeps Taro’s own', async () => {
  expect((await appTabBar('weapp')).custom).toBe(true);
  expect((await appTabBar('h5')).custom).toBe(false);
});

test('a page route finds its tab, with or without a leading slash or a query', () => {
  expect(tabIndexOf('pages/me/index')).toBe(3);
  expect(tabIndexOf('/pages/history/index?x=1')).toBe(1);
  expect(tabIndexOf('packages/exhibits/pages/index/index')).toBe(-1);
  expect(tabIndexOf(undefined)).toBe(-1);
});
