import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, visible } from './journey-session';

/**
 * Issue 15, the first closed loop: 马文礼's feedback is answered by the village cadre in 反馈待办;
 * 马文礼 sees the answer under 我反馈过的, a 消息 saying 村里已经答复了 with the unread count on
 * 我的 and the badge on the 我的 tab, and opening it marks it read.
 */
export async function feedbackAnsweredJourney(kit: JourneyKit): Promise<void> {
  const { page, step, assert, shots } = kit;
  const session = journeySession(kit);
  const { hashUrl, loginAs, callAs } = session;
  const shot = (name: string) =>
    page
      .waitForTimeout(300)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const content = `村口的路灯坏了三盏，晚上看不见路（e2e ${Date.now() % 100000}）`;
  const answer = '已经报给电工，这周五之前修好';
  let feedbackId = '';

  await step('feedback: the village cadre answers a villager in 反馈待办', async () => {
    const sent = await callAs<{ feedbackId: string }>('feedback', 'villager', 'submit', {
      category: 'help',
      content,
    });
    feedbackId = sent.feedbackId;
    await loginAs('village_cadre');
    await page.goto(hashUrl('/packages/households/pages/workbench/index'));
    await page.locator(visible('[data-testid="open-feedback-inbox"]')).first().click();
    const item = page
      .locator(visible(`[data-testid="feedback-inbox-item"][data-feedback-id="${feedbackId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    await shot('feedback-inbox-village.png');
    await item.click();
    const form = page.locator(visible('[data-testid="feedback-reply-form"]')).first();
    await form.waitFor({ timeout: 20_000 });
    await form.locator('textarea[name="reply"], [name="reply"] textarea').first().fill(answer);
    await shot('feedback-case-reply.png');
    await form.locator('[data-testid="feedback-reply-send"]').first().click();
    await page
      .locator(visible('[data-testid="feedback-case"][data-status="answered"]'))
      .first()
      .waitFor({ timeout: 20_000 });
  });

  await step(
    'feedback: the villager sees the answer and a 消息 with the unread badge',
    async () => {
      await loginAs('villager');
      await page.goto(hashUrl('/pages/me/index'));
      const unread = page.locator(visible('[data-testid="me-messages-unread"]')).first();
      await unread.waitFor({ timeout: 20_000 });
      const count = Number((await unread.innerText()).replace(/\D/g, ''));
      assert(count >= 1, `我的 shows ${await unread.innerText()}`);
      const badge = page.locator('.taro-tabbar-badge >> visible=true').first();
      await badge.waitFor({ timeout: 10_000 });
      await shot('me-messages-badge.png');
      await page.locator(visible('[data-testid="me-messages-entry"]')).first().click();
      const message = page
        .locator(visible('[data-testid="message-item"][data-read="false"]'))
        .filter({ hasText: '已经答复了' })
        .first();
      await message.waitFor({ timeout: 20_000 });
      await shot('messages-list.png');
      await message.click();
      const mine = page
        .locator(visible(`[data-testid="my-feedback-item"][data-feedback-id="${feedbackId}"]`))
        .first();
      await mine.waitFor({ timeout: 20_000 });
      const reply = await mine.locator('[data-testid="my-feedback-reply"]').first().innerText();
      assert(reply.includes(answer), `我反馈过的 shows: ${reply}`);
      await shot('feedback-mine-answered.png');
      const after = await callAs<{ count: number }>('messages', 'villager', 'unreadCount', {});
      assert(after.count === count - 1, `unread went from ${count} to ${after.count}`);
    },
  );
}
