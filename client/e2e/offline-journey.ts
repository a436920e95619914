import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

const SHOWING_LAST_SEEN = '没有网络，显示的是上次的内容';
const NOTHING_KEPT = '没有网络，联网后再打开';
const HOME = '/pages/home/index';

/** Waits until the service worker controls the page (it has kept the app's files by then). */
async function shellKept(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: 90_000,
  });
}

/**
 * Takes out of the service worker's cache every script and style this document has not loaded:
 * the phone as it is when the network dropped before the app's files were all kept.
 */
async function forgetUnloadedChunks(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const loaded = new Set(
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    let removed = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (/\.(js|css)$/.test(path) && !loaded.has(path)) {
          await cache.delete(request);
          removed += 1;
        }
      }
    }
    return removed;
  });
}

/**
 * Issue 16 part 2, the offline shell: 马文礼 opens 我的家, 政策 and 村史 online; with the network
 * gone (and the page reloaded) each opens from the service worker with the last-seen content and
 * 没有网络，显示的是上次的内容, and 技能培训 — never opened — says 没有网络，联网后再打开; the tab bar
 * stays; back online the pages read again. A page whose code never reached the phone says
 * 网络不好，页面没有打开 with 重试 (the tab bar stays) and opens on 重试 once online. 王桂兰,
 * logging in on the same browser, is never shown his 我的家.
 */
export async function offlineJourney(kit: JourneyKit & { context: BrowserContext }): Promise<void> {
  const { page, step, assert, shots, context } = kit;
  const { hashUrl, loginAs } = journeySession(kit);
  const shot = (name: string) =>
    page
      .waitForTimeout(400)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const tabBarShown = () =>
    page.locator(visible('.taro-tabbar__tabbar')).first().waitFor({ timeout: 10_000 });
  const home = async () => {
    await page.goto(hashUrl(HOME));
    await page.locator(visible('[data-feature="training"]')).first().waitFor({ timeout: 30_000 });
  };
  /**
   * 返回 (the app's back bar) to the home page. Not the browser's back: Taro h5 leaves a tab page
   * hidden when the browser pops from a sub-page to it (a blank page; the tab bar stays).
   */
  const backHome = async () => {
    await page.locator(visible('[data-testid="back-bar"]')).first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 10_000 });
    await page.locator(visible('[data-feature="training"]')).first().waitFor({ timeout: 20_000 });
  };
  const tile = async (feature: string, ready: string) => {
    await page
      .locator(visible(`[data-feature="${feature}"]`))
      .first()
      .click();
    await page.locator(visible(ready)).first().waitFor({ timeout: 30_000 });
  };
  const historyTab = async () => {
    // By its address, as the tab bar does: a tap on Taro's h5 tab bar (<a href="javascript:;">)
    // is reported as a CSP violation, which would fail the run for a harmless reason.
    await page.goto(hashUrl('/pages/history/index'));
    await page
      .locator(visible('[data-testid="exhibit-list"] .psv-exhibit-grid'))
      .first()
      .waitFor({ timeout: 30_000 });
  };
  const lineOn = async (what: string) => {
    const line = page.locator(visible('[data-testid="last-seen-line"]')).first();
    await line.waitFor({ timeout: 20_000 });
    assert(
      (await line.innerText()).includes(SHOWING_LAST_SEEN),
      `${what}: ${await line.innerText()}`,
    );
  };
  const nothingKept = async (what: string) => {
    const message = page.locator(visible(`text=${NOTHING_KEPT}`)).first();
    await message.waitFor({ timeout: 20_000 });
    assert(await message.isVisible(), `${what} does not say ${NOTHING_KEPT}`);
  };
  let headName = '';

  await step('offline: 马文礼 opens 我的家, 政策 and 村史 online; the app is kept', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await setElderly(page, false);
    await loginAs('villager');
    await shellKept(page);
    await home();
    await tile('household', '[data-testid="my-home"]');
    headName = (await page.locator(visible('.psv-folder__head')).first().innerText()).trim();
    assert(headName.includes('马文礼'), `我的家 shows ${headName}`);
    await backHome();
    await tile(
      'policies',
      '[data-testid="policy-list"][data-state="ready"] [data-testid="policy-card"]',
    );
    await backHome();
    await page.locator(visible('[data-feature="training"]')).first().waitFor();
    await historyTab();
    // His own village is chosen (users.me) and its cards have come: that is what is kept.
    await page
      .locator(
        visible('[data-testid="village-picker"] .psv-choice--active:not([data-village="all"])'),
      )
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .locator(visible('[data-testid="exhibit-list"][data-state="ready"] .psv-exhibit-grid'))
      .first()
      .waitFor({ timeout: 20_000 });
    await tabBarShown();
  });

  await step('offline: reloaded without a network, the app opens from the phone', async () => {
    // 技能培训 must be a page this villager never opened: earlier journeys of the full run may
    // have kept one of its lists on this browser.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.includes('last-seen.') && key.includes('training')) localStorage.removeItem(key);
    });
    await context.setOffline(true);
    await home();
    await page.reload();
    await page.locator(visible('[data-feature="training"]')).first().waitFor({ timeout: 30_000 });
    await tabBarShown();
    await shot('offline-home.png');
    // User data (API answers, photos under /api/files) is never in the service worker's caches.
    const apiKept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
      }
      return { all: urls.length, api: urls.filter((u) => u.startsWith('/api/')) };
    });
    assert(apiKept.all > 50, `the service worker keeps only ${apiKept.all} files`);
    assert(apiKept.api.length === 0, `kept from the API: ${apiKept.api.slice(0, 3).join(', ')}`);
  });

  for (const elderly of [false, true]) {
    const mode = elderly ? '-elderly' : '';
    await step(`offline${mode}: each page opens with 上次的内容 or 联网后再打开`, async () => {
      if (elderly) {
        await setElderly(page, true);
        await page.reload();
      }
      await home();
      await page.locator(visible('[data-feature="training"]')).first().click();
      await nothingKept('技能培训');
      assert(
        (await page
          .locator(visible('[data-testid="course-list"] [data-testid="course-card"]'))
          .count()) === 0,
        '技能培训 shows courses it never read',
      );
      await shot(`offline-training${mode}.png`);
      await backHome();
      await tile(
        'policies',
        '[data-testid="policy-list"][data-state="ready"] [data-testid="policy-card"]',
      );
      await lineOn('政策');
      await shot(`offline-policies${mode}.png`);
      await backHome();
      await tile('household', '[data-testid="my-home"]');
      await lineOn('我的家');
      const head = (await page.locator(visible('.psv-folder__head')).first().innerText()).trim();
      assert(head === headName, `我的家 offline shows ${head}`);
      await shot(`offline-my-home${mode}.png`);
      await backHome();
      await page.locator(visible('[data-feature="training"]')).first().waitFor();
      await historyTab();
      await lineOn('村史');
      await tabBarShown();
      await shot(`offline-history${mode}.png`);
    });
  }

  await step('offline: back online, the open pages read again', async () => {
    await setElderly(page, false);
    await home();
    await page.reload();
    await page.locator(visible('[data-feature="training"]')).first().waitFor({ timeout: 30_000 });
    await page.locator(visible('[data-feature="training"]')).first().click();
    await nothingKept('技能培训');
    await context.setOffline(false);
    await page
      .locator(visible('[data-testid="course-list"][data-state="ready"]'))
      .first()
      .waitFor({ timeout: 30_000 });
    await backHome();
    await context.setOffline(true);
    await tile(
      'policies',
      '[data-testid="policy-list"][data-state="ready"] [data-testid="policy-card"]',
    );
    await lineOn('政策');
    await context.setOffline(false);
    await page
      .locator(visible('[data-testid="last-seen-line"]'))
      .first()
      .waitFor({ state: 'hidden', timeout: 30_000 });
    await page
      .locator(
        visible('[data-testid="policy-list"][data-state="ready"] [data-testid="policy-card"]'),
      )
      .first()
      .waitFor({ timeout: 20_000 });
  });

  await step("offline: 王桂兰 on the same browser is never shown 马文礼's 我的家", async () => {
    await context.setOffline(false);
    await loginAs('villager_b');
    await shellKept(page);
    await context.setOffline(true);
    await home();
    await page.locator(visible('[data-feature="household"]')).first().click();
    await nothingKept('我的家 for 王桂兰');
    const body = await page.locator('body').innerText();
    assert(!body.includes('马文礼'), '王桂兰 sees 马文礼 on 我的家');
    await shot('offline-my-home-second-user.png');
    await context.setOffline(false);
    const head = page.locator(visible('.psv-folder__head')).first();
    await head.waitFor({ timeout: 30_000 });
    assert((await head.innerText()).includes('王桂兰'), `我的家 shows ${await head.innerText()}`);
    await backHome();
  });
  for (const elderly of [true, false]) {
    const mode = elderly ? '-elderly' : '';
    await step(
      `offline${mode}: a page whose code is not on the phone says so; the tab bar stays`,
      async () => {
        await setElderly(page, elderly);
        await home();
        await page.reload();
        await page
          .locator(visible('[data-feature="training"]'))
          .first()
          .waitFor({ timeout: 30_000 });
        await context.setOffline(true);
        const removed = await forgetUnloadedChunks(page);
        // Hashed files are cached for a year by the browser too: without this, the page's code
        // would still come from the HTTP cache and open (which is what a real phone gets).
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.clearBrowserCache');
        await cdp.detach();
        // The second round finds them already gone (重试 has not run yet).
        assert(removed > 0 || !elderly, 'no chunk was left to forget');
        await page.locator(visible('[data-feature="training"]')).first().click();
        const notice = page.locator(visible('[data-testid="page-open-failed"]')).first();
        await notice.waitFor({ timeout: 20_000 });
        const text = await notice.innerText();
        assert(text.includes('网络不好，页面没有打开') && text.includes('重试'), `notice: ${text}`);
        await page.waitForURL(/pages\/home\/index/, { timeout: 10_000 });
        await tabBarShown();
        await shot(`offline-page-not-opened${mode}.png`);
        if (elderly) {
          await notice.locator('button', { hasText: '关闭' }).click();
          await notice.waitFor({ state: 'detached', timeout: 5_000 });
          return;
        }
        await context.setOffline(false);
        await notice.locator('button', { hasText: '重试' }).click();
        await page
          .locator(visible('[data-testid="course-list"][data-state="ready"]'))
          .first()
          .waitFor({ timeout: 30_000 });
      },
    );
  }
}
