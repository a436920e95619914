import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { setElderly, visible } from './journey-session';

/** The home tiles index.html paints before any script, with the page each one opens. */
const FIRST_TILES = [
  ['exhibits', '村史家珍', '#/packages/exhibits/pages/index/index'],
  ['policies', '政策明白纸', '#/packages/policies/pages/index/index'],
  ['training', '技能培训', '#/packages/training/pages/index/index'],
  ['claims', '防贫保险理赔', '#/packages/claims/pages/index/index'],
  ['risk', '返贫风险申报', '#/packages/risk/pages/index/index'],
  ['household', '我的家', '#/packages/households/pages/index/index'],
  ['feedback', '意见反馈', '#/packages/feedback/pages/index/index'],
] as const;

const REACT_TILE = '.psv-grid__item[data-feature]';

interface TitleLines {
  title: string;
  lines: number;
  overflows: boolean;
}

/** How many lines each visible title takes, and whether it sticks out of its tile. */
function titleLines(page: Page, selector: string): Promise<TitleLines[]> {
  return page.locator(visible(selector)).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const tile = el.parentElement?.getBoundingClientRect();
      const own = el.getBoundingClientRect();
      return {
        title: el.textContent ?? '',
        lines: tops.size,
        overflows: tile
          ? own.right > tile.right + 0.5 || el.scrollWidth > el.clientWidth + 1
          : true,
      };
    }),
  );
}

/**
 * Issue 16 parts 1 and 5 in Chromium: before any script runs the page already shows 掌上智慧村,
 * 正在打开… and every home tile as a link to its page (normal and elderly mode); the React page
 * replaces it; tile titles stay on one line at 390 and 320 px, normal and elderly; the 长辈模式
 * switch on the home page turns the mode on and off, tab-bar labels included.
 */
export async function firstPaintJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, shots } = kit;
  const home = `${gateway.url}/#/pages/home/index`;

  const staticScreen = async (elderly: boolean) => {
    // No script gets through: what the phone shows while app.js is still on its way. A page the
    // service worker controls gets its scripts from it, which page.route never sees (earlier
    // journeys of the full run let it install), so it is unregistered first.
    if (page.url().startsWith(gateway.url)) {
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      });
    }
    await page.route('**/*.js', (route) => route.abort());
    try {
      // A new document: going to the same hash address would not reload the page.
      await page.goto('about:blank');
      await page.goto(home);
      const screen = page.locator('[data-testid="first-screen"]');
      await screen.waitFor({ timeout: 10_000 });
      const text = await screen.innerText();
      assert(text.includes('掌上智慧村'), `first screen without the app name: ${text}`);
      assert(text.includes('正在打开'), `first screen without 正在打开: ${text}`);
      const links = await screen
        .locator('a[data-first-tile] >> visible=true')
        .evaluateAll((as) =>
          as.map((a) => [
            a.getAttribute('data-first-tile'),
            a.querySelector('b')?.textContent ?? '',
            a.getAttribute('href'),
          ]),
        );
      assert(
        JSON.stringify(links) === JSON.stringify(FIRST_TILES),
        `first screen links ${JSON.stringify(links)}`,
      );
      const mode = await page.evaluate(() =>
        document.documentElement.classList.contains('psv-first-elderly'),
      );
      assert(mode === elderly, `first screen elderly mode ${String(mode)}, expected ${elderly}`);
      const lines = await titleLines(page, '.psv-first__tile b');
      const broken = lines.filter((l) => l.lines !== 1 || l.overflows);
      assert(broken.length === 0, `first screen titles broken: ${JSON.stringify(broken)}`);
      await page.screenshot({
        path: join(shots, `first-paint-static${elderly ? '-elderly' : ''}.png`),
        fullPage: true,
      });
    } finally {
      await page.unroute('**/*.js');
    }
  };

  await step(
    'before any script, the page shows 掌上智慧村, 正在打开… and the tile links',
    async () => {
      await page.goto(home);
      await setElderly(page, false);
      await staticScreen(false);
      await setElderly(page, true);
      await staticScreen(true);
    },
  );

  await step('the React home page takes over from the first screen', async () => {
    await setElderly(page, false);
    await page.goto(`${gateway.url}/`);
    await page.reload();
    await page.locator(visible(REACT_TILE)).first().waitFor({ timeout: 30_000 });
    assert(
      (await page.locator('[data-testid="first-screen"]').count()) === 0,
      'the first screen is still in the page after the home page rendered',
    );
  });

  await step('tile titles stay on one line at 390 and 320 px, normal and elderly', async () => {
    for (const elderly of [false, true]) {
      await setElderly(page, elderly);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(home);
        await page.reload();
        await page.locator(visible(REACT_TILE)).first().waitFor({ timeout: 30_000 });
        const on = await page.locator(visible('.psv-theme')).first().getAttribute('data-elderly');
        assert(on === (elderly ? 'on' : 'off'), `home drawn with elderly ${String(on)}`);
        const lines = await titleLines(page, '.psv-grid__title');
        assert(lines.length === FIRST_TILES.length, `${lines.length} tile titles on screen`);
        const broken = lines.filter((l) => l.lines !== 1 || l.overflows);
        assert(
          broken.length === 0,
          `at ${width} px${elderly ? ' (elderly)' : ''} titles broken: ${JSON.stringify(broken)}`,
        );
        await page.screenshot({
          path: join(shots, `home-${width}${elderly ? '-elderly' : ''}.png`),
          fullPage: true,
        });
      }
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  await step(
    'the 长辈模式 switch on the home page turns the mode on and off, tab bar too',
    async () => {
      await setElderly(page, false);
      await page.goto(home);
      await page.reload();
      await page.locator(visible(REACT_TILE)).first().waitFor({ timeout: 30_000 });
      const root = page.locator(visible('.psv-theme')).first();
      const tabLabel = page.locator(visible('.taro-tabbar__tabbar .weui-tabbar__label')).first();
      const labelPx = async () =>
        parseFloat(await tabLabel.evaluate((el) => getComputedStyle(el).fontSize));
      const normalLabel = await labelPx();
      assert((await root.getAttribute('data-elderly')) === 'off', 'home starts in elderly mode');
      const toggle = page.locator(visible('[data-testid="elderly-switch"]')).first();
      await toggle.scrollIntoViewIfNeeded();
      await toggle.click();
      await page.waitForFunction(
        () => document.querySelector('.psv-theme[data-elderly="on"]') !== null,
        undefined,
        { timeout: 5_000 },
      );
      const stored = await page.evaluate(() => localStorage.getItem('psv.elderly-mode.v1'));
      assert(stored?.includes('on'), `the switch stored ${String(stored)}`);
      const elderlyLabel = await labelPx();
      assert(
        elderlyLabel >= 18 && elderlyLabel > normalLabel,
        `tab-bar labels ${normalLabel}px → ${elderlyLabel}px in elderly mode`,
      );
      await page.screenshot({ path: join(shots, 'home-elderly-switched-on.png') });
      await toggle.click();
      await page.waitForFunction(
        () => document.querySelector('.psv-theme[data-elderly="off"]') !== null,
        undefined,
        { timeout: 5_000 },
      );
      assert((await labelPx()) === normalLabel, 'tab-bar labels stayed big after switching off');
    },
  );
}
