import { join } from 'node:path';
import { idNumberCheckChar } from '../../shared/src/validation/id-number';
import type { JourneyKit } from './exhibits-journey';
import { loginFreshVillager } from './fresh-villager-login';
import { setElderly, visible } from './journey-session';

const PROFILE_PATH = '/packages/profile/pages/edit/index';

/**
 * Issue 15 part 4, 完善资料: a new villager of 祁牟村 opens 我的 → 完善资料, types name, phone and
 * ID number; saving without ticking 我已阅读并同意 is stopped with a clear line under the box;
 * ticked, it saves and comes back to 我的, which shows the phone and ID number masked and no
 * longer says the profile is incomplete. Nothing typed is left in the phone's storage.
 */
export async function profileJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, shots } = kit;
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const shot = (name: string) =>
    page
      .waitForTimeout(300)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const n = Date.now() % 1_000_000;
  const first17 = `62290119900101${String(n % 1000).padStart(3, '0')}`;
  const idNumber = `${first17}${idNumberCheckChar(first17)}`;
  const phone = `139${String(n).padStart(8, '0')}`;
  const input = (name: string) =>
    page.locator(visible(`[name="${name}"] input, input[name="${name}"]`)).first();

  await step('profile: 我的 says the new villager’s profile is incomplete', async () => {
    await loginFreshVillager(kit, `profile${n}`);
    await setElderly(page, false);
    await page.goto(hashUrl('/pages/me/index'));
    await page.reload();
    await page
      .locator(visible('[data-testid="my-profile"][data-complete="false"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    await page.locator(visible('[data-testid="profile-incomplete"]')).first().waitFor();
    await shot('me-profile-incomplete.png');
  });

  await step('profile: 完善资料 refuses the ID number without the privacy consent', async () => {
    await page.locator(visible('[data-testid="open-profile-edit"]')).first().click();
    await page
      .locator(visible('[data-testid="profile-form"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    await input('name').fill('马小英');
    await input('phone').fill(phone);
    await input('idNumber').fill(idNumber);
    const type = await input('idNumber').getAttribute('type');
    assert(type === 'password', `the ID number field shows what is typed (type ${type})`);
    await page.locator(visible('[data-testid="profile-id-toggle"]')).first().click();
    let shown = await input('idNumber').getAttribute('type');
    for (let i = 0; i < 20 && shown === 'password'; i++) {
      await page.waitForTimeout(100);
      shown = await input('idNumber').getAttribute('type');
    }
    assert(shown !== 'password', 'the 显示 toggle does not show the ID number');
    await shot('profile-edit-id-shown.png');
    await page.locator(visible('[data-testid="profile-id-toggle"]')).first().click();
    // A villager without a household picks the home village: 祁牟村 is already chosen.
    await page
      .locator(
        visible(
          '[data-testid="profile-village-villages"] [data-unit="village-zheqiao-qimou"][aria-checked="true"]',
        ),
      )
      .first()
      .waitFor({ timeout: 20_000 });
    await page.locator(visible('[data-testid="profile-save"]')).first().click();
    const error = page.locator(visible('[data-testid="profile-error-consent"]')).first();
    await error.waitFor({ timeout: 10_000 });
    const text = await error.innerText();
    assert(text.includes('我已阅读并同意'), `the consent line says: ${text}`);
    await shot('profile-edit-consent-needed.png');
  });

  await step(
    'profile: ticked, it saves and 我的 shows the phone and ID number masked',
    async () => {
      await page.locator(visible('[data-testid="profile-consent"]')).first().click();
      await page.locator(visible('[data-testid="profile-save"]')).first().click();
      await page
        .locator(visible('[data-testid="profile-saved"]'))
        .first()
        .waitFor({ timeout: 20_000 });
      await shot('profile-saved.png');
      const profile = page
        .locator(visible('[data-testid="my-profile"][data-complete="true"]'))
        .first();
      await profile.waitFor({ timeout: 20_000 });
      const text = await profile.innerText();
      assert(text.includes('马小英'), `我的 shows ${text}`);
      assert(text.includes(`139****${phone.slice(-4)}`), `我的 shows no masked phone: ${text}`);
      assert(
        text.includes(`**************${idNumber.slice(-4)}`),
        `我的 shows no masked ID: ${text}`,
      );
      assert(!text.includes(idNumber) && !text.includes(phone), `我的 shows a full value: ${text}`);
      assert(
        (await page.locator(visible('[data-testid="profile-incomplete"]')).count()) === 0,
        '我的 still says the profile is incomplete',
      );
      await shot('me-profile-complete.png');
      const stored = await page.evaluate(() =>
        Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`),
      );
      const leaked = stored.filter((s) => s.includes(idNumber) || s.includes(phone));
      assert(leaked.length === 0, `the phone keeps what was typed: ${leaked.join(' | ')}`);
    },
  );

  await step(
    'profile: 完善资料 again shows only masked values, in normal and elderly mode',
    async () => {
      await page.goto(hashUrl(PROFILE_PATH));
      await page.reload();
      const onFile = page.locator(visible('[data-testid="profile-id-on-file"]')).first();
      await onFile.waitFor({ timeout: 20_000 });
      assert(
        !(await onFile.innerText()).includes(idNumber.slice(0, 6)),
        'the ID number shows in full',
      );
      assert((await input('idNumber').inputValue()) === '', 'the ID number is typed in again');
      await shot('profile-edit.png');
      await setElderly(page, true);
      await page.reload();
      await page
        .locator(visible('[data-testid="profile-form"]'))
        .first()
        .waitFor({ timeout: 20_000 });
      await shot('profile-edit-elderly.png');
      await setElderly(page, false);
    },
  );
}
