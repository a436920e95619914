import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid GB 11643 number in 临夏 (622901) for `birth` (yyyymmdd), with this run's sequence. */
function idNumber(birth: string, seq: number): string {
  const first17 = `622901${birth}${String(seq % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * (WEIGHTS[i] ?? 0), 0);
  return `${first17}${'10X98765432'[sum % 11]}`;
}

/** The same number with one sequence digit changed: its check character no longer fits. */
function mistyped(id: string): string {
  const d = Number(id[15]);
  return `${id.slice(0, 15)}${(d + 1) % 10}${id.slice(16)}`;
}

/**
 * Issue 15, screens for what only the API could do: the village cadre enters a household with
 * two members (one ID number mistyped first: the error shows on that member's row), opens it and
 * edits the address; the admin revises a policy's summary, and the article shows the new text
 * with the old version under 历史版本.
 */
export async function contentEditingJourney(kit: JourneyKit): Promise<void> {
  const { page, step, assert, shots } = kit;
  const { hashUrl, loginAs } = journeySession(kit);
  const shot = (name: string) =>
    page
      .waitForTimeout(300)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const input = (scope: ReturnType<typeof page.locator>, name: string) =>
    scope.locator(`input[name="${name}"], [name="${name}"] input`).first();
  const textarea = (scope: ReturnType<typeof page.locator>, name: string) =>
    scope.locator(`textarea[name="${name}"], [name="${name}"] textarea`).first();
  const run = Date.now() % 1000;
  const headId = idNumber('19700315', run);
  const spouseId = idNumber('19720808', run + 1);
  const headName = '马建新';
  const address = `祁牟村四社${run}号`;
  const newAddress = `祁牟村五社${run}号`;
  let householdId = '';
  let detailUrl = '';

  await step('content: the village cadre enters a household from 工作台 (新建户)', async () => {
    await loginAs('village_cadre');
    await page.goto(hashUrl('/packages/households/pages/workbench/index'));
    await page.locator(visible('[data-testid="open-new-household"]')).first().click();
    const editor = page
      .locator(visible('[data-testid="household-editor"][data-mode="new"]'))
      .first();
    await editor.waitFor({ timeout: 20_000 });
    await editor.locator('[data-village].psv-choice--active').first().waitFor({ timeout: 10_000 });
    await input(editor, 'address').fill(address);
    await input(editor, 'annualIncome').fill('36000');
    const row0 = editor.locator('[data-testid="member-row"][data-row="0"]');
    await input(row0, 'memberName').fill(headName);
    await input(row0, 'memberIdNumber').fill(headId);
    await input(row0, 'memberPhone').fill('13912345678');
    await editor.locator('[data-testid="member-add"]').first().click();
    const row1 = editor.locator('[data-testid="member-row"][data-row="1"]');
    await input(row1, 'memberName').fill('韩秀兰');
    await row1.locator('[data-relation="spouse"]').first().click();
    await input(row1, 'memberIdNumber').fill(mistyped(spouseId));
    await editor.locator('[data-testid="editor-consent"]').first().click();
    await editor.locator('[data-testid="household-save"]').first().click();
    const rowError = row1.locator('[data-testid="field-error"]').first();
    await rowError.waitFor({ timeout: 10_000 });
    const message = await rowError.innerText();
    assert(message.includes('请核对每一位'), `row 2's error: ${message}`);
    assert(
      (await row0.locator('[data-testid="field-error"]').count()) === 0,
      'the head row has no error',
    );
    await shot('household-new-id-error.png');
    await input(row1, 'memberIdNumber').fill(spouseId);
    await editor.locator('[data-testid="household-save"]').first().click();
    await page.waitForURL(/pages\/detail\/index\?id=/, { timeout: 20_000 });
    detailUrl = page.url();
    householdId = decodeURIComponent(/id=([^&]+)/.exec(detailUrl)?.[1] ?? '');
    assert(householdId, `the new household's page: ${detailUrl}`);
    const card = page.locator(visible('[data-testid="household-card"]')).first();
    await card.waitFor({ timeout: 20_000 });
    assert((await card.innerText()).includes(address), 'the card shows the address');
    const members = page.locator(visible('[data-testid="member-list"]')).first();
    const shown = await members.innerText();
    assert(shown.includes(headName) && shown.includes('韩秀兰'), `members: ${shown}`);
    assert(!shown.includes(headId) && !shown.includes(spouseId), 'no full ID number on the page');
    assert(shown.includes(headId.slice(-4)), 'the head ID shows masked with its last 4');
    assert(shown.includes('139****5678'), 'the phone shows masked');
  });

  await step(
    'content: the cadre edits the address (编辑户情) and the 360° page shows it',
    async () => {
      await page.locator(visible('[data-testid="open-edit-household"]')).first().click();
      const editor = page
        .locator(visible('[data-testid="household-editor"][data-mode="edit"]'))
        .first();
      await editor.waitFor({ timeout: 20_000 });
      const masked = await editor.locator('[data-testid="member-id-masked"]').first().innerText();
      assert(!masked.includes(headId) && masked.includes(headId.slice(-4)), `masked: ${masked}`);
      await input(editor, 'address').fill(newAddress);
      await shot('household-edit.png');
      await editor.locator('[data-testid="member-row"][data-row="1"]').scrollIntoViewIfNeeded();
      await shot('household-edit-members.png');
      await editor.locator('[data-testid="household-save"]').first().click();
      await page.waitForURL(/pages\/detail\/index\?id=/, { timeout: 20_000 });
      const card = page.locator(visible('[data-testid="household-card"]')).first();
      await card.filter({ hasText: newAddress }).waitFor({ timeout: 20_000 });
      await shot('household-detail-after-edit.png');
      const entry = page
        .locator(visible('[data-testid="timeline-event"]'))
        .filter({ hasText: '修改了住址' })
        .first();
      await entry.waitFor({ timeout: 20_000 });
      await entry.scrollIntoViewIfNeeded();
      await shot('household-timeline-after-edit.png');
    },
  );

  const newSummary = `领养老金的标准提高了，60岁以后按月领（e2e ${run}）`;
  let oldVersion = 0;
  let oldSummary = '';
  await step('content: the admin revises a policy (编辑政策 → 保存为新版本)', async () => {
    await loginAs('admin');
    await page.goto(hashUrl('/packages/policies/pages/index/index'));
    await page.locator(visible('[data-testid="open-policy-manage"]')).first().click();
    const item = page
      .locator(visible('[data-testid="policy-manage-item"][data-policy-id="resident-pension"]'))
      .first();
    await item.waitFor({ timeout: 20_000 });
    await shot('policy-manage.png');
    await item.click();
    const editor = page.locator(visible('[data-testid="policy-editor"][data-mode="edit"]')).first();
    await editor.waitFor({ timeout: 20_000 });
    const versionText = await editor.locator('[data-testid="policy-editor-version"]').innerText();
    oldVersion = Number(/第 (\d+) 版/.exec(versionText)?.[1] ?? 0);
    assert(oldVersion >= 1, `editing version ${versionText}`);
    const summary = textarea(editor, 'summary');
    oldSummary = await summary.inputValue();
    await summary.fill(newSummary);
    await input(editor, 'changeNote').fill('摘要改得更直白');
    await shot('policy-edit.png');
    await editor.locator('[data-testid="policy-save"]').first().click();
    await page.waitForURL(/pages\/article\/index\?id=resident-pension/, { timeout: 20_000 });
    const shownSummary = page.locator(visible('[data-testid="policy-summary"]')).first();
    await shownSummary.filter({ hasText: newSummary }).waitFor({ timeout: 20_000 });
    const old = page
      .locator(visible(`[data-testid="policy-version"][data-version="${oldVersion}"]`))
      .first();
    await old.waitFor({ timeout: 20_000 });
    const current = await page
      .locator(visible(`[data-testid="policy-version"][data-version="${oldVersion + 1}"]`))
      .first()
      .innerText();
    assert(current.includes('现行') && current.includes('摘要改得更直白'), `new row: ${current}`);
    await shot('policy-article-new-version.png');
    await page.locator(visible('[data-testid="policy-versions"]')).first().scrollIntoViewIfNeeded();
    await shot('policy-article-versions.png');
    await old.click();
    await page
      .locator(visible('[data-testid="old-version-notice"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    const was = await page.locator(visible('[data-testid="policy-summary"]')).first().innerText();
    assert(was.includes(oldSummary.slice(0, 10)), `old version shows its text: ${was}`);
  });

  await step('content: the new screens in elderly mode (长辈模式)', async () => {
    await setElderly(page, true);
    for (const [name, path, testid] of [
      ['policy-manage-elderly.png', '/packages/policies/pages/manage/index', 'policy-manage-list'],
      [
        'policy-edit-elderly.png',
        '/packages/policies/pages/edit/index?id=resident-pension',
        'policy-editor',
      ],
      ['policy-new-elderly.png', '/packages/policies/pages/edit/index', 'policy-editor'],
    ] as const) {
      await page.goto(hashUrl(path));
      await page.reload();
      await page.locator(visible('.psv-theme.psv-elderly')).first().waitFor({ timeout: 20_000 });
      await page
        .locator(visible(`[data-testid="${testid}"]`))
        .first()
        .waitFor({ timeout: 20_000 });
      await shot(name);
    }
    await loginAs('village_cadre');
    for (const [name, path] of [
      ['household-new-elderly.png', '/packages/households/pages/new/index'],
      [
        'household-edit-elderly.png',
        `/packages/households/pages/edit/index?id=${encodeURIComponent(householdId)}`,
      ],
    ] as const) {
      await page.goto(hashUrl(path));
      await page.locator(visible('.psv-theme.psv-elderly')).first().waitFor({ timeout: 20_000 });
      await page
        .locator(visible('[data-testid="household-editor"]'))
        .first()
        .waitFor({ timeout: 20_000 });
      await shot(name);
    }
    await setElderly(page, false);
  });
}
