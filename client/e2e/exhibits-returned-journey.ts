import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

const VILLAGE = 'village-zheqiao-qimou';

interface MineAnswer {
  items: Array<{ exhibitId: string; title: string }>;
}

/**
 * Issue 15: a returned 投稿 is fixed. 马文礼 contributes; the village cadre sends it back with a
 * note; in 我的投稿 马文礼 reads the note, taps 修改后重新提交, edits the story in the form that
 * opens prefilled, and sends it again; the cadre finds the same item in 审核投稿 with its history
 * (提交 / 退回：note / 重新提交) and publishes it; the village list shows it with the new story.
 */
export async function exhibitsReturnedJourney(kit: JourneyKit): Promise<void> {
  const { page, step, assert, shots } = kit;
  const { hashUrl, loginAs, callAs } = journeySession(kit);
  const shot = (name: string) =>
    page
      .waitForTimeout(400)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const title = `老算盘${Date.now() % 100000}`;
  const note = '请写清楚是哪一年开始用的，用来算什么账';
  const addition = '从1972年用到1982年分田到户，算的是全队的工分账。';
  let exhibitId = '';
  const detailUrl = () =>
    hashUrl(`/packages/exhibits/pages/detail/index?id=${encodeURIComponent(exhibitId)}`);
  const mineItem = () =>
    page.locator(visible(`[data-testid="my-exhibit"][data-exhibit-id="${exhibitId}"]`)).first();

  await step('returned: 马文礼 contributes an old abacus with a photo', async () => {
    await loginAs('villager');
    await page.goto(hashUrl('/packages/exhibits/pages/contribute/index'));
    const form = page.locator(visible('[data-testid="contribute-form"]')).first();
    await form.waitFor({ timeout: 15_000 });
    await form.locator(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`).click();
    await form.locator('[data-testid="exhibit-categories"] [data-category="artifact"]').click();
    await form.locator('input[name="title"], [name="title"] input').first().fill(title);
    await form
      .locator('textarea[name="story"], [name="story"] textarea')
      .first()
      .fill('这把算盘是爷爷当生产队会计时用的，珠子都磨亮了。');
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await form.locator('[data-testid="photo-add"]').click();
    await (await chooser).setFiles([join(kit.root, 'client/src/assets/tabbar/home-active.png')]);
    await form.locator('[data-testid="photo-uploaded"]').first().waitFor({ timeout: 30_000 });
    await form.locator('.nut-button').filter({ hasText: '提交投稿' }).first().click();
    await page
      .locator(visible('[data-testid="outbox-list"] [data-status="sent"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    const mine = await callAs<MineAnswer>('exhibits', 'villager', 'mine', {});
    exhibitId = mine.items.find((i) => i.title === title)?.exhibitId ?? '';
    assert(exhibitId, `我的投稿 has no ${title}`);
  });

  await step('returned: the village cadre sends it back with a note', async () => {
    await loginAs('village_cadre');
    await page.goto(detailUrl());
    const panel = page.locator(visible('[data-testid="review-panel"]')).first();
    await panel.waitFor({ timeout: 15_000 });
    await panel.locator('textarea[name="reason"], [name="reason"] textarea').first().fill(note);
    await panel.locator('[data-testid="review-request-edit"]').click();
    const done = page.locator(visible('[data-testid="review-done"]')).first();
    await done.waitFor({ timeout: 15_000 });
    assert(
      (await done.getAttribute('data-status')) === 'needs_edit',
      `the review did not return it: ${String(await done.getAttribute('data-status'))}`,
    );
  });

  await step('returned: 马文礼 reads the note in 我的投稿 and opens the edit form', async () => {
    await loginAs('villager');
    await page.goto(hashUrl('/packages/exhibits/pages/mine/index'));
    await mineItem().waitFor({ timeout: 15_000 });
    const shown = await mineItem().locator('[data-testid="my-exhibit-note"]').innerText();
    assert(shown.includes(note), `我的投稿 shows the note as: ${shown}`);
    await shot('exhibit-returned-mine.png');
    await setElderly(page, true);
    await page.reload();
    await mineItem().waitFor({ timeout: 15_000 });
    await shot('exhibit-returned-mine-elderly.png');
    await setElderly(page, false);
    await page.reload();
    await mineItem().locator('[data-testid="my-exhibit-resubmit"]').click();
    const form = page.locator(visible('[data-testid="resubmit-form"]')).first();
    await form.waitFor({ timeout: 15_000 });
    const titleBox = form.locator('input[name="title"], [name="title"] input').first();
    assert((await titleBox.inputValue()) === title, 'the edit form has not the title');
    const storyBox = form.locator('textarea[name="story"], [name="story"] textarea').first();
    const story = await storyBox.inputValue();
    assert(story.includes('生产队会计'), `the edit form has not the story: ${story}`);
    await form.locator('[data-testid="photo-uploaded"]').first().waitFor({ timeout: 10_000 });
    await storyBox.fill(`${story}${addition}`);
    await shot('exhibit-resubmit-form.png');
    await form.locator('[data-testid="resubmit-send"] .nut-button').first().click();
    const sent = page.locator(visible('[data-testid="resubmit-sent"]')).first();
    await sent.waitFor({ timeout: 15_000 });
    assert((await sent.getAttribute('data-status')) === 'pending', 'it is not waiting again');
  });

  await step('returned: 我的投稿 shows it 等待审核 again with its history', async () => {
    await page.locator(visible('[data-testid="resubmit-back"]')).first().click();
    await mineItem().waitFor({ timeout: 15_000 });
    await page
      .locator(visible(`[data-exhibit-id="${exhibitId}"] [data-status="pending"]`))
      .first()
      .waitFor({ timeout: 15_000 });
    const kinds = await mineItem()
      .locator('[data-testid="exhibit-history-entry"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    assert(
      JSON.stringify(kinds) === JSON.stringify(['submitted', 'needs_edit', 'resubmitted']),
      `the history reads ${JSON.stringify(kinds)}`,
    );
    const lines = await mineItem().locator('[data-testid="exhibit-history"]').innerText();
    assert(lines.includes(`退回：${note}`), `the history does not show the note: ${lines}`);
    await shot('exhibit-history-mine.png');
    await setElderly(page, true);
    await page.reload();
    await mineItem().waitFor({ timeout: 15_000 });
    await shot('exhibit-history-mine-elderly.png');
    await setElderly(page, false);
  });

  await step('returned: the cadre sees it again with its history and publishes it', async () => {
    await loginAs('village_cadre');
    await page.goto(hashUrl('/packages/exhibits/pages/review/index'));
    const queued = page
      .locator(visible('[data-testid="review-queue"] [data-testid="exhibit-card"]'))
      .filter({ hasText: title });
    await queued.first().waitFor({ timeout: 15_000 });
    await queued.first().click();
    const panel = page.locator(visible('[data-testid="review-panel"]')).first();
    await panel.waitFor({ timeout: 15_000 });
    const entries = await panel.locator('[data-testid="exhibit-history-entry"]').count();
    assert(entries === 3, `the review panel shows ${entries} history entries`);
    const story = await page.locator(visible('[data-testid="exhibit-story"]')).first().innerText();
    assert(story.includes(addition), `the cadre sees the old story: ${story}`);
    await shot('exhibit-review-history.png');
    await panel.locator('[data-testid="review-publish"]').click();
    const done = page.locator(visible('[data-testid="review-done"]')).first();
    await done.waitFor({ timeout: 15_000 });
    assert((await done.getAttribute('data-status')) === 'published', 'it was not published');
  });

  await step('returned: the village list shows it with the new story', async () => {
    await page.goto(hashUrl('/pages/history/index'));
    await page.reload();
    await page
      .locator(visible(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`))
      .first()
      .click();
    const card = page.locator(visible('[data-testid="exhibit-card"]')).filter({ hasText: title });
    await card.first().waitFor({ timeout: 15_000 });
    await card.first().click();
    const story = page.locator(visible('[data-testid="exhibit-story"]')).first();
    await story.waitFor({ timeout: 15_000 });
    assert((await story.innerText()).includes(addition), 'the published story is the old one');
  });

  await step(
    'reader: the cadre adds a chapter in 编辑乡愁记忆 and reads it in the book',
    async () => {
      const chapterTitle = `第五十章 老账本${Date.now() % 1000}`;
      await page.goto(hashUrl(`/packages/exhibits/pages/reader/index?village=${VILLAGE}`));
      await page
        .locator(visible('[data-testid="exhibit-reader"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      await page.locator(visible('[data-testid="reader-edit"]')).first().click();
      const editor = page.locator(visible('[data-testid="chapter-editor"]')).first();
      await editor.waitFor({ timeout: 15_000 });
      await editor.locator('[data-testid="chapter-add"]').click();
      const added = editor.locator('[data-testid="chapter-edit"]').last();
      await added.locator('input[name="order"], [name="order"] input').first().fill('50');
      await added
        .locator('input[name="chapterTitle"], [name="chapterTitle"] input')
        .first()
        .fill(chapterTitle);
      await added
        .locator('textarea[name="preface"], [name="preface"] textarea')
        .first()
        .fill('生产队的算盘和账本，记着一村人的工分和收成。');
      await added.locator('[data-testid="chapter-save"]').click();
      await added.locator('[data-testid="chapter-saved"]').waitFor({ timeout: 15_000 });
      await shot('reader-chapter-editor.png');
      await setElderly(page, true);
      await page.reload();
      await editor.waitFor({ timeout: 15_000 });
      await shot('reader-chapter-editor-elderly.png');
      await setElderly(page, false);
      await page.reload();
      await editor.waitFor({ timeout: 15_000 });
      await editor.locator('[data-testid="chapter-open-reader"]').click();
      const contents = page.locator(visible('[data-testid="chapter-contents"]')).first();
      await contents.waitFor({ timeout: 15_000 });
      await contents.locator('.psv-choice').filter({ hasText: '老账本' }).first().click();
      const heading = page.locator(visible('[data-testid="chapter-heading"]')).first();
      await heading.waitFor({ timeout: 15_000 });
      assert(
        (await heading.innerText()).includes(chapterTitle),
        'the reader lacks the new chapter',
      );
      await shot('reader-new-chapter.png');
    },
  );
}
