import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { setElderly, visible } from './journey-session';

const SECTIONS = [
  'who',
  'collect',
  'why',
  'storage',
  'access',
  'retention',
  'sharing',
  'rights',
  'shared-phone',
  'wechat-apis',
  'changes',
];

/**
 * 隐私政策: opens from 我的, from the 返贫风险申报 form and from 我要投稿, and shows every section;
 * h5 has no WeChat privacy guide, so no privacy sheet ever opens; the weapp sheet is drawn with
 * the local-only preview for screenshots in normal and elderly mode.
 */
export async function privacyJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, shots } = kit;
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const sheetsOnScreen = () => page.locator(visible('[data-testid="privacy-sheet"]')).count();
  const expectPolicy = async () => {
    await page
      .locator(visible('[data-testid="privacy-policy"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    const policy = page.locator(visible('[data-testid="privacy-policy"]')).first();
    const shown = await policy
      .locator('[data-section]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
    assert(
      JSON.stringify(shown) === JSON.stringify(SECTIONS),
      `policy sections ${JSON.stringify(shown)}`,
    );
    const text = await policy.innerText();
    for (const words of ['版本', '腾讯云开发', '退出登录', 'wx.chooseImage', '【待部署单位填写】'])
      assert(text.includes(words), `the policy does not say ${words}`);
    assert((await sheetsOnScreen()) === 0, 'a privacy sheet opened on h5');
  };
  const openFromLink = async (path: string, ready: string) => {
    await page.goto(hashUrl(path));
    await page.locator(visible(ready)).first().waitFor({ timeout: 20_000 });
    assert((await sheetsOnScreen()) === 0, `a privacy sheet opened on h5 at ${path}`);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: join(shots, `privacy-notice-${path.split('/')[2] ?? 'form'}.png`),
    });
    await page.locator(visible('[data-testid="privacy-policy-link"]')).first().click();
    await expectPolicy();
  };

  await step('隐私政策 opens from 我的 and shows every section', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.reload();
    await page.locator(visible('[data-persona="villager"]')).first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await setElderly(page, false);
    await page.goto(hashUrl('/pages/me/index'));
    await page.reload();
    await page.locator(visible('[data-testid="me-privacy-policy"]')).first().click();
    await expectPolicy();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'privacy-policy.png') });
    await page.screenshot({ path: join(shots, 'privacy-policy-full.png'), fullPage: true });
  });

  await step('隐私政策 opens from the 返贫风险申报 form (no privacy sheet on h5)', async () => {
    await openFromLink('/packages/risk/pages/index/index', '[data-testid="privacy-notice"]');
  });

  await step('隐私政策 opens from 我要投稿 (no privacy sheet on h5)', async () => {
    await openFromLink(
      '/packages/exhibits/pages/contribute/index',
      '[data-testid="privacy-notice"]',
    );
  });

  await step('the weapp privacy sheet (local preview) in normal and elderly mode', async () => {
    for (const elderly of [false, true]) {
      await setElderly(page, elderly);
      for (const preview of ['sheet', 'refused']) {
        await page.goto(hashUrl(`/packages/privacy/pages/index/index?preview=${preview}`));
        await page.reload();
        const sheet = page.locator(visible(`[data-testid="privacy-sheet"]`)).first();
        await sheet.waitFor({ timeout: 20_000 });
        const phase = await sheet.getAttribute('data-phase');
        assert(phase === (preview === 'sheet' ? 'asking' : 'refused'), `sheet phase ${phase}`);
        await page.waitForTimeout(300);
        await page.screenshot({
          path: join(shots, `privacy-${preview}${elderly ? '-elderly' : ''}.png`),
        });
      }
    }
    await setElderly(page, false);
  });
}
