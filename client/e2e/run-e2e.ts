/**
 * `npm run test:e2e`: builds the h5 app, starts the gateway on a free port with a temporary
 * DATA_DIR, and drives Debian's chromium (playwright-core) through the villager journey:
 * home → dev login → elderly mode → feedback sent while the API is unreachable → network back
 * → exactly one feedback record on the server. Prints one pass/fail line; exits non-zero on
 * failure. Screenshots go to e2e-screenshots/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { e2eEnv } from './env';
import { startGateway, type GatewayProcess } from './gateway-process';

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, 'e2e-screenshots');
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const results: { name: string; ok: boolean; detail?: string }[] = [];

async function step(name: string, run: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`  ✗ ${name}: ${detail}`);
    throw error;
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    // Taro keeps earlier pages in the DOM, hidden: measure the page on screen.
    const root = [...document.querySelectorAll<HTMLElement>('.psv-theme')].find(
      (el) => el.offsetParent !== null || el.getClientRects().length > 0,
    );
    return root ? parseFloat(getComputedStyle(root).fontSize) : 0;
  });
}

async function callApi(
  gateway: GatewayProcess,
  fn: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${gateway.baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function journey(gateway: GatewayProcess, context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const hashUrl = (path: string) => `${gateway.baseUrl}/#${path}`;

  await step('home page shows every feature', async () => {
    await page.goto(hashUrl('/pages/home/index'));
    await page
      .locator('[data-feature="feedback"] >> visible=true')
      .first()
      .waitFor({ timeout: 30_000 });
    for (const key of [
      'exhibits',
      'policies',
      'training',
      'claims',
      'risk',
      'household',
      'feedback',
    ]) {
      assert(
        (await page.locator(`[data-feature="${key}"]`).count()) > 0,
        `home has no tile for ${key}`,
      );
    }
    await page.screenshot({ path: join(SHOTS, 'home.png'), fullPage: true });
  });

  await step('a feature not built yet opens a 即将上线 page', async () => {
    await page.locator('[data-feature="training"] >> visible=true').first().click();
    await page.locator('text=即将上线 >> visible=true').first().waitFor({ timeout: 15_000 });
    await page.goto(hashUrl('/pages/home/index'));
  });

  await step('log in as villager with the persona picker', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator('[data-persona="villager"] >> visible=true').first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
  });

  await step('elderly mode makes the type measurably larger', async () => {
    await page.goto(hashUrl('/pages/me/index'));
    await page
      .locator('[data-testid="my-profile"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    const before = await rootFontSize(page);
    await page.locator('[data-testid="elderly-switch"] >> visible=true').first().click();
    await page
      .locator('.psv-theme.psv-elderly >> visible=true')
      .first()
      .waitFor({ timeout: 5_000 });
    const after = await rootFontSize(page);
    assert(
      before > 0 && after / before >= 1.25,
      `font size ${before}px → ${after}px, expected ≥ 1.25×`,
    );
    await page.screenshot({ path: join(SHOTS, 'elderly-mode.png'), fullPage: true });
    // It is remembered across a reload.
    await page.reload();
    await page
      .locator('.psv-theme.psv-elderly >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
  });

  const content = `村口的路灯坏了一个多月，晚上看不见路（e2e ${Date.now()}）`;
  const keysSeen: string[] = [];
  let aborted = 0;
  await step(
    'feedback submitted while the API is unreachable stays pending and survives a reload',
    async () => {
      await context.route('**/api/feedback', async (route) => {
        const body = route.request().postDataJSON() as { action?: string; idempotencyKey?: string };
        if (body.action === 'submit') {
          if (body.idempotencyKey) keysSeen.push(body.idempotencyKey);
          aborted += 1;
          await route.abort('internetdisconnected');
          return;
        }
        await route.abort('internetdisconnected');
      });
      await page.goto(hashUrl('/packages/feedback/pages/index/index'));
      await page
        .locator('[data-testid="feedback-form"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
      await page.locator('[data-category="help"] >> visible=true').first().click();
      await page.locator('textarea >> visible=true').first().fill(content);
      await page
        .locator('[data-testid="feedback-form"] .nut-button >> visible=true')
        .first()
        .click();
      await page
        .locator('[data-testid="outbox-list"] [data-status="pending"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
      // The backoff timer tries again on its own (2 s later), still offline.
      const deadline = Date.now() + 20_000;
      while (aborted < 2 && Date.now() < deadline) await page.waitForTimeout(250);
      assert(aborted >= 2, `expected at least 2 attempts while offline, saw ${aborted}`);
      await page.screenshot({ path: join(SHOTS, 'feedback-pending.png'), fullPage: true });
      // An app restart keeps the queued submission.
      await page.reload();
      await page
        .locator('[data-testid="outbox-list"] [data-status="pending"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
    },
  );

  await step(
    'when the network is back it is sent once, with the same idempotency key',
    async () => {
      const sentKeys: string[] = [];
      await context.unroute('**/api/feedback');
      page.on('request', (request) => {
        if (!request.url().endsWith('/api/feedback')) return;
        const body = request.postDataJSON() as { action?: string; idempotencyKey?: string } | null;
        if (body?.action === 'submit' && body.idempotencyKey) sentKeys.push(body.idempotencyKey);
      });
      await page
        .locator('[data-testid="outbox-list"] [data-status="sent"] >> visible=true')
        .first()
        .waitFor({ timeout: 40_000 });
      const all = [...keysSeen, ...sentKeys];
      assert(all.length >= 3, `expected ≥ 3 submit attempts in total, saw ${all.length}`);
      assert(
        new Set(all).size === 1,
        `attempts used different keys: ${[...new Set(all)].join(', ')}`,
      );
      await page
        .locator(`[data-testid="my-feedback"] >> text=${content.slice(0, 12)} >> visible=true`)
        .first()
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(SHOTS, 'feedback-sent.png'), fullPage: true });
    },
  );

  await step('exactly one feedback record exists on the server', async () => {
    const login = await callApi(gateway, 'auth/dev-login', { persona: 'villager' });
    const token = (login.json as { data?: { token?: string } }).data?.token;
    assert(token, `dev-login failed: ${JSON.stringify(login.json)}`);
    const mine = await callApi(gateway, 'feedback', { action: 'mine', payload: {} }, token);
    const items = (mine.json as { data?: { items?: { content: string }[] } }).data?.items ?? [];
    const matching = items.filter((item) => item.content === content);
    assert(
      matching.length === 1,
      `expected 1 record, found ${matching.length} (${JSON.stringify(mine.json).slice(0, 300)})`,
    );
  });

  await step('no uncaught errors in the page', () => {
    assert(pageErrors.length === 0, pageErrors.join(' | '));
    return Promise.resolve();
  });
}

async function main(): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  if (!e2eEnv.skipBuild) {
    const started = Date.now();
    execFileSync('npm', ['run', 'build:h5', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`e2e: h5 built in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-e2e-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'psv-e2e-chromium-'));
  let gateway: GatewayProcess | null = null;
  let context: BrowserContext | null = null;
  try {
    gateway = await startGateway(ROOT, dataDir);
    console.log(`e2e: gateway at ${gateway.baseUrl}`);
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: e2eEnv.chromiumPath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      locale: 'zh-CN',
    });
    await journey(gateway, context);
  } finally {
    await context?.close().catch(() => undefined);
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main()
  .catch(() => undefined)
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    const finished =
      results.length > 0 &&
      failed === 0 &&
      results[results.length - 1]?.name === 'no uncaught errors in the page';
    console.log(`e2e: ${passed} passed, ${finished ? failed : Math.max(failed, 1)} failed`);
    process.exit(finished ? 0 : 1);
  });
