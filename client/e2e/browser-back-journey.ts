import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { watchCspViolations } from './csp-violations';
import { journeySession, setElderly, visible } from './journey-session';

/** The tab bar's tab labelled `text`. */
const tabItem = (page: Page, text: string) =>
  page.locator(visible('.taro-tabbar__tabbar .weui-tabbar__item')).filter({ hasText: text });

/**
 * Issue 16 (found offline): the browser's Back (a phone's back gesture) from a sub-page to a tab
 * page shows that tab page again with its content, not a blank screen under the tab bar — for
 * 首页 → a tile page, 我的 → 隐私政策 and 村史 → an exhibit, normal and elderly mode; and tapping
 * each tab of the h5 tab bar reports no Content Security Policy violation.
 */
export async function browserBackJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, shots } = kit;
  const { loginAs } = journeySession(kit);
  const violations = await watchCspViolations(page);

  /** `content` of the tab page is on screen (not hidden, inside the viewport) within a while. */
  const tabPageShows = async (path: string, content: string, what: string) => {
    await page.waitForURL(new RegExp(path.replace(/\//g, '\\/')), { timeout: 10_000 });
    await page
      .locator(visible(content))
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => {
        throw new Error(`${what}: ${content} is not on screen after Back`);
      });
    // Give Taro's page animation time to (wrongly) hide it again, then look once more.
    await page.waitForTimeout(800);
    const stillShown = await page.locator(visible(content)).count();
    assert(stillShown > 0, `${what}: ${content} hidden again after Back (blank page)`);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.taro_page')]
        .filter((el) => getComputedStyle(el).display !== 'none')
        .map((el) => el.id),
    );
    assert(
      shown.some((id) => id.startsWith(path)),
      `${what}: pages on screen after Back are ${JSON.stringify(shown)}, not ${path}`,
    );
  };

  const walk = async (elderly: boolean) => {
    const mode = elderly ? 'elderly' : 'normal';
    await page.goto(`${gateway.url}/#/pages/home/index`);
    await setElderly(page, elderly);
    await page.reload();

    await step(`${mode}: 首页 → 政策明白纸 → browser Back shows 首页 with its tiles`, async () => {
      await page.locator(visible('[data-feature="policies"]')).first().click();
      await page.waitForURL(/packages\/policies\/pages\/index\/index/, { timeout: 15_000 });
      await page.locator(visible('.psv-title')).first().waitFor({ timeout: 15_000 });
      // Straight back, as a quick back gesture does (before Taro's 0.35 s page animation ends).
      await page.goBack();
      await tabPageShows('/pages/home/index', '[data-feature="feedback"]', '首页');
      await page.screenshot({ path: join(shots, `browser-back-home-${mode}.png`) });
    });

    await step(`${mode}: 我的 → 隐私政策 → browser Back shows 我的`, async () => {
      await tabItem(page, '我的').click();
      await page.locator(visible('[data-testid="me-privacy-policy"]')).first().click();
      await page.waitForURL(/packages\/privacy\/pages\/index\/index/, { timeout: 15_000 });
      await page.waitForTimeout(600);
      await page.goBack();
      await tabPageShows('/pages/me/index', '[data-testid="me-privacy-policy"]', '我的');
      await page.screenshot({ path: join(shots, `browser-back-me-${mode}.png`) });
    });

    await step(`${mode}: 村史 → an exhibit → browser Back shows 村史 with its cards`, async () => {
      await tabItem(page, '村史').click();
      await page
        .locator(visible('[data-testid="exhibit-card"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      await page.locator(visible('[data-testid="exhibit-card"]')).first().click();
      await page
        .locator(visible('[data-testid="exhibit-detail"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500);
      await page.goBack();
      await tabPageShows('/pages/history/index', '[data-testid="exhibit-card"]', '村史');
      await page.screenshot({ path: join(shots, `browser-back-history-${mode}.png`) });
    });

    await step(`${mode}: the app's own 返回 still goes back to 首页`, async () => {
      await tabItem(page, '首页').click();
      await page.locator(visible('[data-feature="policies"]')).first().click();
      await page.waitForURL(/packages\/policies\/pages\/index\/index/, { timeout: 15_000 });
      await page.locator(visible('[data-testid="back-bar"]')).first().click();
      await tabPageShows('/pages/home/index', '[data-feature="feedback"]', '首页 (返回)');
    });
  };

  await loginAs('villager');
  await walk(false);
  await walk(true);

  await step('tapping each tab of the h5 tab bar reports no CSP violation', async () => {
    await page.goto(`${gateway.url}/#/pages/home/index`);
    await setElderly(page, false);
    await page.reload();
    await page.locator(visible('[data-feature="feedback"]')).first().waitFor({ timeout: 15_000 });
    const before = violations.length;
    for (const [text, path] of [
      ['村史', '/pages/history/index'],
      ['办事', '/pages/services/index'],
      ['我的', '/pages/me/index'],
      ['首页', '/pages/home/index'],
    ] as const) {
      await tabItem(page, text).click();
      await page.waitForURL(new RegExp(path.replace(/\//g, '\\/')), { timeout: 10_000 });
      await page.waitForTimeout(300);
    }
    // Keyboard too: Enter on a focused tab is a click on the link.
    await tabItem(page, '我的').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/pages\/me\/index/, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const found = violations.slice(before);
    assert(found.length === 0, `CSP violations on tapping tabs: ${found.slice(0, 3).join(' | ')}`);
  });
}
