import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { loginFreshVillager } from './fresh-villager-login';
import { journeySession, setElderly, visible } from './journey-session';

const WORKBENCH_PATH = '/packages/households/pages/workbench/index';
const ROLES_PATH = '/packages/admin/pages/roles/index';
const DIGITS = '零一二三四五六七八九';

/**
 * Issue 15 part 6, 人员与角色: a villager of 祁牟村 is refused the 工作台; the admin finds them by
 * name, makes them 村干部 of their village (unit picker on villages, a confirm dialog), and sees
 * the new role; logged in again, the new cadre opens the 工作台.
 */
export async function adminRolesJourney(kit: JourneyKit): Promise<void> {
  const { page, gateway, step, assert, shots, callApi } = kit;
  const { hashUrl, loginAs } = journeySession(kit);
  const shot = (name: string) =>
    page
      .waitForTimeout(300)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const n = Date.now() % 100_000;
  const name = `马新${[...String(n)].map((d) => DIGITS[Number(d)] ?? '').join('')}`;
  const as = `cadre${n}`;
  let userId = '';

  const findAndPick = async () => {
    await page.locator(visible('[name="q"] input, input[name="q"]')).first().fill(name);
    await page.locator(visible('[data-testid="user-search-submit"]')).first().click();
    const row = page
      .locator(visible(`[data-testid="found-user"][data-user-id="${userId}"]`))
      .first();
    await row.waitFor({ timeout: 20_000 });
    return row;
  };

  await step('adminRoles: a villager is not offered the 工作台 and is refused there', async () => {
    const login = await loginFreshVillager(kit, as);
    userId = login.userId;
    const named = await callApi(
      gateway,
      'users',
      { action: 'updateProfile', payload: { name } },
      login.token,
    );
    assert(
      (named.json as { ok: boolean }).ok,
      `naming the villager: ${JSON.stringify(named.json)}`,
    );
    await page.goto(hashUrl('/pages/me/index'));
    await page.reload();
    await page.locator(visible('[data-testid="my-profile"]')).first().waitFor({ timeout: 20_000 });
    assert(
      (await page.locator(visible('[data-testid="workbench-entry"]')).count()) === 0,
      '我的 offers the 工作台 to a villager',
    );
    await page.goto(hashUrl(WORKBENCH_PATH));
    await page.reload();
    await page
      .locator(visible('[data-testid="not-official"]'))
      .first()
      .waitFor({ timeout: 20_000 });
  });

  await step('adminRoles: the admin finds the villager by name and makes them 村干部', async () => {
    await loginAs('admin');
    await setElderly(page, false);
    await page.goto(hashUrl('/pages/me/index'));
    await page.reload();
    await page.locator(visible('[data-testid="admin-roles-entry"]')).first().click();
    await page.locator(visible('[data-testid="user-roles"]')).first().waitFor({ timeout: 20_000 });
    const row = await findAndPick();
    assert(
      (await row.getAttribute('data-role')) === 'villager',
      'the villager is listed with another role',
    );
    assert(!(await row.innerText()).match(/\d{11}/), 'a full phone number is listed');
    await shot('admin-roles-search.png');
    await row.click();
    const panel = page.locator(visible('[data-testid="role-assign-panel"]')).first();
    await panel.waitFor({ timeout: 20_000 });
    await panel.locator('[data-testid="role-choices"] [data-role="village_cadre"]').first().click();
    // Only villages are offered for 村干部, and the person's own village is already chosen.
    await panel
      .locator('[data-testid="role-unit"][data-level="village"]')
      .first()
      .waitFor({ timeout: 10_000 });
    await panel
      .locator(
        '[data-testid="role-unit-villages"] [data-unit="village-zheqiao-qimou"][aria-checked="true"]',
      )
      .first()
      .waitFor({ timeout: 10_000 });
    await shot('admin-roles-assign.png');
    await panel.locator('[data-testid="role-confirm"]').first().click();
    const confirm = page.locator(visible('.taro-model__confirm')).first();
    await confirm.waitFor({ timeout: 10_000 });
    await shot('admin-roles-confirm.png');
    await confirm.click();
    const done = page
      .locator(visible('[data-testid="role-assigned"][data-role="village_cadre"]'))
      .first();
    await done.waitFor({ timeout: 20_000 });
    const text = await done.innerText();
    assert(text.includes('祁牟村') && text.includes('村干部'), `the answer says: ${text}`);
    await shot('admin-roles-done.png');
    await done.locator('[data-testid="role-assigned-done"]').first().click();
    await page
      .locator(
        visible(`[data-testid="found-user"][data-user-id="${userId}"][data-role="village_cadre"]`),
      )
      .first()
      .waitFor({ timeout: 10_000 });
  });

  await step('adminRoles: 人员与角色 in elderly mode', async () => {
    await setElderly(page, true);
    await page.goto(hashUrl(ROLES_PATH));
    await page.reload();
    await page.locator(visible('[data-testid="user-roles"]')).first().waitFor({ timeout: 20_000 });
    const row = await findAndPick();
    await shot('admin-roles-search-elderly.png');
    await row.click();
    await page
      .locator(visible('[data-testid="role-assign-panel"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    await shot('admin-roles-assign-elderly.png');
    await setElderly(page, false);
  });

  await step('adminRoles: logged in again, the new village cadre opens the 工作台', async () => {
    await loginFreshVillager(kit, as);
    await page.goto(hashUrl('/pages/me/index'));
    await page.reload();
    await page.locator(visible('[data-testid="workbench-entry"]')).first().click();
    await page.locator(visible('[data-testid="workbench"]')).first().waitFor({ timeout: 20_000 });
    await shot('admin-roles-new-cadre-workbench.png');
  });
}
