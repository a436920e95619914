import { join } from 'node:path';
import type { Request } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import { journeySession, setElderly, visible } from './journey-session';

interface MineAnswer {
  ok: boolean;
  data?: { items: { content: string }[] };
}

/** The openid inside a dev-login token (its body is base64url JSON), to see who a call was sent as. */
function openidOf(authorization: string | undefined): string {
  const body = /^Bearer ([^.]+)\./.exec(authorization ?? '')?.[1];
  if (!body) return '(none)';
  return String(
    (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { openid?: unknown }).openid,
  );
}

/**
 * Two villagers on ONE browser profile (a shared phone). 马文礼 sends 意见反馈 with the network
 * down and starts a second one ("我儿子欠了贷款") he does not send, logs out keeping what is unsent;
 * 王桂兰 logs in: his item is not sent as her, she sees only "等 马文礼 登录后发送" and none of
 * his text or records; when he logs in again it is delivered as him — checked on the server —
 * and his draft is back. His old token no longer works (the offline logout reached the server).
 */
export async function sharedPhoneJourney(
  kit: JourneyKit & { context: BrowserContext },
): Promise<void> {
  const { page, gateway, step, assert, callApi, shots, context } = kit;
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const content = `村里的水渠堵了，请派人疏通（共用手机 ${Date.now() % 100000}）`;
  const draftText = '我儿子欠了贷款，想问问有没有帮扶';
  const submits: { openid: string; key: string }[] = [];
  const onRequest = (request: Request) => {
    if (!request.url().endsWith('/api/feedback')) return;
    const body = request.postDataJSON() as { action?: string; idempotencyKey?: string } | null;
    if (body?.action !== 'submit') return;
    submits.push({
      openid: openidOf(request.headers().authorization),
      key: body.idempotencyKey ?? '',
    });
  };
  page.on('request', onRequest);

  const { loginAs } = journeySession(kit);
  const mineOnServer = async (persona: 'villager' | 'villager_b') => {
    const login = await callApi(gateway, 'auth/dev-login', { persona });
    const token = (login.json as { data?: { token?: string } }).data?.token;
    assert(token, `dev-login failed: ${JSON.stringify(login.json)}`);
    const mine = await callApi(gateway, 'feedback', { action: 'mine', payload: {} }, token);
    const json = mine.json as MineAnswer;
    assert(json.ok, `feedback.mine failed: ${JSON.stringify(mine.json).slice(0, 200)}`);
    return (json.data?.items ?? []).filter((item) => item.content === content).length;
  };
  let oldToken = '';

  await step('shared phone: 马文礼 sends feedback offline and leaves a draft unsent', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await setElderly(page, true);
    await loginAs('villager');
    await page.goto(hashUrl('/pages/me/index'));
    await page.locator(visible('[data-testid="my-profile"]')).first().waitFor({ timeout: 15_000 });
    // Into 意见反馈 from 我的, in this document, so both pages are loaded before going offline.
    await page.locator(visible('.psv-button >> text=意见反馈')).first().click();
    await page
      .locator(visible('[data-testid="feedback-form"]'))
      .first()
      .waitFor({ timeout: 15_000 });
    // Taro h5 keeps each value as {"data": <the app's JSON text>}.
    oldToken = await page.evaluate(() => {
      const raw = localStorage.getItem('psv.session.v1') ?? '{"data":"{}"}';
      const stored = JSON.parse(raw) as { data: string };
      const parsed = JSON.parse(stored.data) as { token?: unknown };
      return typeof parsed.token === 'string' ? parsed.token : '';
    });
    assert(oldToken.length > 20, 'no token stored for 马文礼');
    await context.setOffline(true);
    await page.locator(visible('[data-category="help"]')).first().click();
    await page.locator(visible('textarea')).first().fill(content);
    await page.locator(visible('[data-testid="feedback-form"] .nut-button')).first().click();
    await page
      .locator(visible('[data-testid="outbox-list"] [data-status="pending"]'))
      .first()
      .waitFor({ timeout: 15_000 });
    await page.locator(visible('textarea')).first().fill(draftText);
    await page.waitForTimeout(600); // the draft's save delay
  });

  await step(
    'shared phone: logout (offline) offers to keep what is unsent; he keeps it',
    async () => {
      await page.goBack();
      const logout = page.locator(visible('[data-testid="logout"]')).first();
      await logout.waitFor({ timeout: 15_000 });
      await logout.click();
      const dialog = page.locator(visible('[data-testid="logout-dialog"]')).first();
      await dialog.waitFor({ timeout: 5_000 });
      const text = await dialog.innerText();
      assert(
        text.includes('1 条内容没发出去') && /\d+ 份没写完的草稿/.test(text),
        `dialog says: ${text}`,
      );
      await page.screenshot({ path: join(shots, 'logout-dialog-elderly.png') });
      // The same sheet in normal mode: close it, switch 长辈模式 off, open it again.
      await page
        .locator(visible('[data-testid="logout-dialog"] .psv-button >> text=取消'))
        .first()
        .click();
      await page.locator(visible('[data-testid="elderly-switch"]')).first().click();
      await page.waitForTimeout(300);
      await logout.click();
      await dialog.waitFor({ timeout: 5_000 });
      await page.waitForTimeout(500); // the page transition from 意见反馈 has settled
      await page.screenshot({ path: join(shots, 'logout-dialog.png') });
      await page.locator(visible('[data-testid="logout-keep"]')).first().click();
      await page.locator(visible('text=还没有登录')).first().waitFor({ timeout: 20_000 });
      const left = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('psv.')),
      );
      assert(!left.includes('psv.session.v1'), 'the session is still stored after logout');
    },
  );

  await step(
    'shared phone: 王桂兰 logs in — his item is held, not sent as her; none of his text shows',
    async () => {
      await context.setOffline(false);
      await loginAs('villager_b');
      await page.goto(hashUrl('/packages/feedback/pages/index/index'));
      await page.reload();
      await page
        .locator(visible('[data-testid="feedback-form"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      const held = page
        .locator(visible('[data-testid="outbox-list"] [data-testid="outbox-held"]'))
        .first();
      await held.waitFor({ timeout: 15_000 });
      assert(
        (await held.innerText()).includes('等 马文礼 登录后发送'),
        `held row: ${await held.innerText()}`,
      );
      await page.waitForTimeout(3_000); // time for any wrong send to happen
      const textarea = await page.locator(visible('textarea')).first().inputValue();
      assert(textarea === '', `her form shows: ${textarea}`);
      const shown = await page.locator('body').innerText();
      for (const secret of [draftText.slice(0, 6), content.slice(0, 8), '村口的路灯']) {
        assert(!shown.includes(secret), `王桂兰 sees 马文礼's "${secret}"`);
      }
      assert(
        submits.every((s) => s.openid === 'dev:villager'),
        `a submit went out as ${submits.map((s) => s.openid).join(', ')}`,
      );
      assert((await mineOnServer('villager_b')) === 0, 'the item was delivered under 王桂兰');
      assert((await mineOnServer('villager')) === 0, 'the item was delivered while he was away');
      // 长辈模式 was switched off in 我的 above: this one in normal mode, then in elderly mode.
      await held.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'outbox-held.png') });
      await setElderly(page, true);
      await page.reload();
      await held.waitFor({ timeout: 15_000 });
      await held.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'outbox-held-elderly.png') });
      await page.goto(hashUrl('/pages/me/index'));
      await page.reload();
      await page
        .locator(visible('[data-testid="outbox-held"]'))
        .first()
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(shots, 'me-held-elderly.png') });
    },
  );

  await step('shared phone: his logout reached the server — the old token is refused', async () => {
    const r = await callApi(gateway, 'users', { action: 'me', payload: {} }, oldToken);
    assert(r.status === 401, `old token answered ${r.status}`);
  });

  await step(
    'shared phone: she logs out, he logs in — delivered once, as him; his draft is back',
    async () => {
      await page.locator(visible('[data-testid="logout"]')).first().click();
      await page.locator(visible('[data-testid="logout-confirm"]')).first().click();
      await page.locator(visible('text=还没有登录')).first().waitFor({ timeout: 20_000 });
      await loginAs('villager');
      await page.goto(hashUrl('/packages/feedback/pages/index/index'));
      await page.reload();
      await page
        .locator(visible('[data-testid="outbox-list"] [data-status="sent"]'))
        .first()
        .waitFor({ timeout: 30_000 });
      const textarea = await page.locator(visible('textarea')).first().inputValue();
      assert(textarea === draftText, `his draft reads: ${textarea}`);
      assert((await mineOnServer('villager')) === 1, 'not exactly one record under 马文礼');
      assert((await mineOnServer('villager_b')) === 0, 'a record under 王桂兰');
      assert(
        submits.length > 0 && submits.every((s) => s.openid === 'dev:villager'),
        `submits went out as ${submits.map((s) => s.openid).join(', ')}`,
      );
      assert(new Set(submits.map((s) => s.key)).size === 1, 'more than one idempotency key');
      page.off('request', onRequest);
    },
  );
}
