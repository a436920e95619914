/**
 * `npm run test:e2e`: builds the h5 app, starts the gateway on a free port with a temporary
 * DATA_DIR, and drives Debian's chromium (playwright-core) through the villager journey:
 * home → dev login → elderly mode → feedback sent while the API is unreachable → network back
 * → exactly one feedback record on the server → 我的家 (blue 已脱贫户 card, members without ID digits) →
 * village cadre: 工作台, search 马, household 360° with timeline, dashboard and Excel export (a
 * second village's cadre exports too: different files, each only its village, no second download) →
 * 技能培训: villager filters 电焊, enrolls (a double tap sends one idempotency key), sees it in
 * 我的报名; trainer opens the roster, sees the villager and shows the session code → 政策: search
 * 看病 and read a medical explainer; the 我能享受哪些政策 self-check as a 已脱贫户 with a child in
 * 高中 and a chronic illness lists 十五年免费教育 and the medical support policies with reasons →
 * 村史家珍: browse 祁牟村, open an exhibit (朗读), contribute one with two photos (chunked
 * uploads to ticketed paths, no base64 in calls; not public yet),
 * the village cadre publishes it from 审核投稿, and it appears in the village list →
 * a shared phone: 马文礼's offline feedback and draft are held (not sent as 王桂兰, not shown to
 * her) while she is logged in, and delivered as him when he logs in again → 返贫风险 (risk-journey) →
 * 防贫保险理赔 (claims-journey: filed with the estimate, returned for the 结算单, resubmitted,
 * town, insurer survey, city, paid after the 公示, steps and 360°) → a feedback answered in 反馈待办,
 * seen with its 消息 and the unread badge → 隐私政策 from 我的,
 * the risk form and 我要投稿, with no privacy sheet on h5.
 * Prints one pass/fail line; exits non-zero on
 * failure. Screenshots go to e2e-screenshots/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium, type LaunchedChromium } from './chromium-launch';
import { e2eEnv } from './env';
import { browserBackJourney } from './browser-back-journey';
import { claimsJourney } from './claims-journey';
import { exhibitsJourney, type JourneyKit } from './exhibits-journey';
import { exhibitsReturnedJourney } from './exhibits-returned-journey';
import { exportJourney } from './export-journey';
import { contentEditingJourney } from './content-editing-journey';
import { feedbackAnsweredJourney } from './feedback-answered-journey';
import { firstPaintJourney } from './first-paint-journey';
import { offlineJourney } from './offline-journey';
import { privacyJourney } from './privacy-journey';
import { readAloudJourney } from './read-aloud-journey';
import { profileJourney } from './profile-journey';
import { adminRolesJourney } from './admin-roles-journey';
import { offlinePhotosJourney } from './offline-photos-journey';
import { riskJourney } from './risk-journey';
import { sharedPhoneJourney } from './shared-phone-journey';
import { trainingCourseJourney } from './training-course-journey';
import {
  startGatewayProcess,
  type GatewayProcess,
} from '../../gateway/test-support/gateway-process';

/** The journeys after the core walk-through, in order; each can also run alone (E2E_ONLY). */
const NAMED_JOURNEYS: Record<
  string,
  (kit: JourneyKit & { context: BrowserContext }) => Promise<void>
> = {
  exhibits: exhibitsJourney,
  sharedPhone: sharedPhoneJourney,
  risk: riskJourney,
  claims: claimsJourney,
  feedbackAnswered: feedbackAnsweredJourney,
  privacy: privacyJourney,
  profile: profileJourney,
  adminRoles: adminRolesJourney,
  exhibitsReturned: exhibitsReturnedJourney,
  contentEditing: contentEditingJourney,
  trainingCourse: trainingCourseJourney,
  readAloud: readAloudJourney,
  offlinePhotos: offlinePhotosJourney,
  firstPaint: firstPaintJourney,
  offline: offlineJourney,
  browserBack: browserBackJourney,
};

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, 'e2e-screenshots');

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

/** The 长辈模式 switch on screen is drawn on: NutUI's on class and aria-checked agree. */
async function elderlySwitchShowsOn(page: Page): Promise<boolean> {
  const toggle = page.locator('[data-testid="elderly-switch"] >> visible=true').first();
  const [className, ariaChecked, label, background] = await Promise.all([
    toggle.getAttribute('class'),
    toggle.getAttribute('aria-checked'),
    toggle.getAttribute('aria-label'),
    toggle.evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  assert(label === '长辈模式', `elderly switch has aria-label ${String(label)}`);
  const classes = (className ?? '').split(/\s+/);
  const onClass = classes.includes('nut-switch') && !classes.includes('nut-switch-close');
  // Drawn in the theme's green, not the grey of a switch that is off.
  const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
  const green = g > r && g > b;
  assert(
    onClass === (ariaChecked === 'true') && onClass === green,
    `elderly switch disagrees with itself: class "${className ?? ''}", aria-checked ${String(ariaChecked)}, background ${background}`,
  );
  return onClass;
}

async function callApi(
  gateway: GatewayProcess,
  fn: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${gateway.url}/api/${fn}`, {
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
  // The gateway's CSP is strict: anything it blocks (a photo read back from blob:, a script) is a
  // broken feature, so every violation the page reports fails the run.
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const kit = { page, gateway, root: ROOT, shots: SHOTS, step, assert, callApi, context };
  const finalChecks = async () => {
    await step('no Content Security Policy violations on any page', () => {
      assert(cspViolations.length === 0, cspViolations.slice(0, 3).join(' | '));
      return Promise.resolve();
    });
    await step('no uncaught errors in the page', () => {
      assert(pageErrors.length === 0, pageErrors.join(' | '));
      return Promise.resolve();
    });
  };

  // E2E_ONLY=claims,feedbackAnswered runs just those journeys (each logs in for itself): for
  // working on one journey. CI runs everything.
  if (e2eEnv.only.length > 0) {
    for (const name of e2eEnv.only) {
      const run = NAMED_JOURNEYS[name];
      assert(
        run,
        `E2E_ONLY names no journey "${name}" (${Object.keys(NAMED_JOURNEYS).join(', ')})`,
      );
      await run(kit);
    }
    await finalChecks();
    return;
  }

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

  await step('防贫保险理赔 opens its form, which asks a visitor to log in first', async () => {
    await page.locator('[data-feature="claims"] >> visible=true').first().click();
    await page
      .locator('[data-testid="sign-in-prompt"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
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
    assert(!(await elderlySwitchShowsOn(page)), 'elderly switch is drawn on before the click');
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
    assert(await elderlySwitchShowsOn(page), 'elderly switch is not drawn on after the click');
    await page.screenshot({ path: join(SHOTS, 'elderly-mode.png'), fullPage: true });
    // It is remembered across a reload.
    await page.reload();
    await page
      .locator('.psv-theme.psv-elderly >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .locator('[data-testid="elderly-switch"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    assert(await elderlySwitchShowsOn(page), 'elderly switch is not drawn on after a reload');
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

  await step(
    'villager opens 我的家 and sees the blue 已脱贫户 card with masked members',
    async () => {
      await page.goto(hashUrl('/pages/home/index'));
      await page.locator('[data-feature="household"] >> visible=true').first().click();
      const card = page.locator('[data-testid="household-card"] >> visible=true').first();
      await card.waitFor({ timeout: 15_000 });
      assert(
        (await card.getAttribute('data-folder')) === 'blue',
        `folder is ${await card.getAttribute('data-folder')}, expected blue`,
      );
      const label = await card.locator('[data-testid="category-label"]').first().innerText();
      assert(label.includes('已脱贫户'), `card label is ${label}`);
      const ids = await page
        .locator('[data-testid="member-list"] [data-testid="masked-id"] >> visible=true')
        .allInnerTexts();
      assert(ids.length > 0, 'no members listed');
      // The family sees no digit of an ID number (cadres see at most the last 4).
      assert(
        ids.every((text) => !/\d/.test(text)),
        `ID numbers not hidden from the family: ${ids.join(' | ')}`,
      );
      assert(
        (await page.locator('[data-testid="member-list"] >> text=马文礼').count()) > 0,
        'the head 马文礼 is not among the members',
      );
      // The timeline has loaded (the demo seed writes no events, so it may be empty).
      await page
        .locator('[data-testid="household-timeline"][data-state="ready"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(SHOTS, 'my-home.png'), fullPage: true });
    },
  );

  await step('village cadre logs in and opens 工作台 from the 办事 tab', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator('[data-persona="village_cadre"] >> visible=true').first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await page.goto(hashUrl('/pages/services/index'));
    await page.locator('[data-testid="workbench-entry"] >> visible=true').first().click();
    await page
      .locator('[data-testid="pending-items"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .locator('[data-testid="overdue-reviews"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
  });

  await step(
    'cadre searches 马, opens a household, changes its category and sees it on the timeline',
    async () => {
      const search = page.locator('[data-testid="household-search"] >> visible=true').first();
      await search.locator('input').first().fill('马');
      await search.locator('[data-testid="search-submit"]').first().click();
      const results = search.locator('[data-testid="household-card"]');
      const deadline = Date.now() + 15_000;
      let heads: string[] = [];
      while (Date.now() < deadline) {
        heads = await results.locator('.psv-folder__head').allInnerTexts();
        if (heads.length > 0 && heads.every((h) => h.includes('马'))) break;
        await page.waitForTimeout(200);
      }
      assert(heads.length >= 1, 'no search results for 马');
      assert(
        heads.every((h) => h.includes('马')),
        `results not narrowed to 马: ${heads.join(', ')}`,
      );
      await page.screenshot({ path: join(SHOTS, 'workbench-search.png'), fullPage: true });
      // 三类户 is entered and left only through the risk workflow: open a green or blue folder.
      await search
        .locator('[data-testid="household-card"]:not([data-folder="red"])')
        .first()
        .click();
      await page
        .locator('[data-testid="household-profile"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
      const profile = page.locator('[data-testid="household-profile"] >> visible=true').first();
      await profile
        .locator('[data-testid="household-timeline"][data-state="ready"]')
        .first()
        .waitFor({ timeout: 15_000 });
      // A category change needs a reason, then appears at the top of the timeline.
      const card = profile.locator('[data-testid="household-card"]').first();
      const folder = await card.getAttribute('data-folder');
      const change = profile.locator('[data-testid="category-change"]').first();
      await change
        .locator(`[data-category="${folder === 'blue' ? 'general' : 'lifted'}"]`)
        .first()
        .click();
      await change.locator('[data-testid="category-submit"]').first().click();
      await change.locator('.psv-field__error >> text=原因').first().waitFor({ timeout: 5_000 });
      await change.locator('textarea').first().fill('入户核实：家中主要劳动力务工收入中断');
      await change.locator('[data-testid="category-submit"]').first().click();
      // The seeded history is already listed: wait until the reloaded timeline has the change on top.
      const top = profile.locator('[data-testid="timeline-event"]').first();
      const changedBy = Date.now() + 15_000;
      while (Date.now() < changedBy) {
        if (
          (await top.getAttribute('data-kind').catch(() => null)) === 'household.category_changed'
        )
          break;
        await page.waitForTimeout(200);
      }
      assert(
        (await top.getAttribute('data-kind')) === 'household.category_changed',
        `newest timeline entry is ${await top.getAttribute('data-kind')}`,
      );
      assert((await top.innerText()).includes('务工收入中断'), 'the reason is not on the timeline');
      const after = await card.getAttribute('data-folder');
      assert(
        after === (folder === 'blue' ? 'green' : 'blue'),
        `folder after the change is ${after}`,
      );
      await page.screenshot({ path: join(SHOTS, 'household-360.png'), fullPage: true });
    },
  );

  await exportJourney({ page, gateway, root: ROOT, shots: SHOTS, step, assert, callApi });

  let courseId = '';
  await step('villager opens 技能培训, filters 电焊 and opens a course', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator('[data-persona="villager"] >> visible=true').first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await page.locator('[data-feature="training"] >> visible=true').first().click();
    await page
      .locator('[data-testid="course-list"][data-state="ready"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .locator('[data-testid="course-filters"] [data-category="welding"] >> visible=true')
      .first()
      .click();
    const cards = page.locator('[data-testid="course-card"] >> visible=true');
    const deadline = Date.now() + 15_000;
    let categories: (string | null)[] = [];
    while (Date.now() < deadline) {
      const ready = await page
        .locator('[data-testid="course-list"][data-state="ready"] >> visible=true')
        .count();
      categories = await cards.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-category')),
      );
      if (ready > 0 && categories.length > 0 && categories.every((c) => c === 'welding')) break;
      await page.waitForTimeout(200);
    }
    assert(categories.length > 0, 'no 电焊 course listed');
    assert(
      categories.every((c) => c === 'welding'),
      `list not narrowed to 电焊: ${categories.join(', ')}`,
    );
    const seats = await cards.first().locator('[data-testid="seats-left"]').innerText();
    assert(/名额/.test(seats), `card shows no seats: ${seats}`);
    await page.screenshot({ path: join(SHOTS, 'training-list.png'), fullPage: true });
    courseId = (await cards.first().getAttribute('data-course-id')) ?? '';
    assert(courseId, 'the card carries no course id');
    await cards.first().click();
    await page
      .locator(`[data-testid="course-detail"][data-course-id="${courseId}"] >> visible=true`)
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .locator('[data-testid="course-sessions"] >> visible=true')
      .first()
      .waitFor({ timeout: 5_000 });
  });

  await step('villager double-taps 报名 and sees 已报上 (or 候补), sent with one key', async () => {
    const enrollKeys: string[] = [];
    const onRequest = (request: Request) => {
      if (!request.url().endsWith('/api/training')) return;
      const body = request.postDataJSON() as { action?: string; idempotencyKey?: string } | null;
      if (body?.action === 'enroll') enrollKeys.push(body.idempotencyKey ?? '(none)');
    };
    page.on('request', onRequest);
    const button = page.locator('[data-testid="enroll-submit"] >> visible=true').first();
    await button.dblclick();
    const result = page.locator('[data-testid="enroll-result"] >> visible=true').first();
    await result.waitFor({ timeout: 20_000 });
    page.off('request', onRequest);
    const label = await result.locator('[data-testid="enrollment-status"]').first().innerText();
    assert(/已报上|候补第 \d+ 位/.test(label), `enrollment status reads ${label}`);
    assert(enrollKeys.length >= 1, 'no enroll request was sent');
    assert(
      new Set(enrollKeys).size === 1,
      `a double tap sent different keys: ${[...new Set(enrollKeys)].join(', ')}`,
    );
    await page.screenshot({ path: join(SHOTS, 'training-enrolled.png'), fullPage: true });
  });

  await step('the sign-up is listed in 我的报名', async () => {
    await page.locator('[data-testid="open-my-enrollments"] >> visible=true').first().click();
    const row = page
      .locator(`[data-testid="enrollment-row"][data-course-id="${courseId}"] >> visible=true`)
      .first();
    await row.waitFor({ timeout: 15_000 });
    const label = await row.locator('[data-testid="enrollment-status"]').first().innerText();
    assert(/已报上|候补第 \d+ 位/.test(label), `我的报名 shows ${label}`);
    await page.screenshot({ path: join(SHOTS, 'training-mine.png'), fullPage: true });
  });

  await step('trainer logs in, opens the roster from 办事 and sees the villager', async () => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.locator('[data-persona="trainer"] >> visible=true').first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
    await page.goto(hashUrl('/pages/services/index'));
    await page.locator('[data-testid="trainer-entry"] >> visible=true').first().click();
    await page
      .locator(`[data-testid="trainer-courses"] [data-course-id="${courseId}"] >> visible=true`)
      .first()
      .click();
    const entries = page.locator('[data-testid="roster-entry"] >> visible=true');
    await entries.first().waitFor({ timeout: 15_000 });
    const names = await entries.allInnerTexts();
    assert(
      names.some((text) => text.includes('马')),
      `the villager is not on the roster: ${names.join(' | ').slice(0, 300)}`,
    );
    await page.screenshot({ path: join(SHOTS, 'training-roster.png'), fullPage: true });
  });

  await step('the roster offers no check-in code for a class that has not started', async () => {
    // The course is in the future: the server refuses check-ins until 30 minutes before class,
    // so the roster says when the code can be shown instead of offering a useless one.
    await page
      .locator('[data-testid="session-code-later"] >> visible=true')
      .first()
      .waitFor({ timeout: 15_000 });
    assert(
      (await page.locator('[data-testid="open-session-code"] >> visible=true').count()) === 0,
      'the roster offers a code for a future class',
    );
    await page.screenshot({ path: join(SHOTS, 'training-session-code-later.png'), fullPage: true });
  });

  await step(
    'a class in progress: the trainer shows the 6 digits and a drawn QR code',
    async () => {
      const login = await callApi(gateway, 'auth/dev-login', { persona: 'trainer' });
      const token = (login.json as { data?: { token?: string } }).data?.token;
      assert(token, `dev-login trainer failed: ${JSON.stringify(login.json)}`);
      const hour = 3600_000;
      const made = await callApi(
        gateway,
        'training',
        {
          action: 'upsertCourse',
          payload: {
            title: '面点实操（正在上课）',
            category: 'pastry',
            townId: null,
            location: '折桥镇培训点',
            description: '',
            requirements: '',
            sessions: [
              {
                sessionId: 's1',
                topic: '发面和蒸馒头',
                startsAt: new Date(Date.now() - hour).toISOString(),
                endsAt: new Date(Date.now() + 2 * hour).toISOString(),
              },
            ],
            capacity: 30,
            signupOpensAt: new Date(Date.now() - 48 * hour).toISOString(),
            signupClosesAt: new Date(Date.now() + 24 * hour).toISOString(),
            attendanceToComplete: 1,
            cancelHoursBefore: 0,
          },
        },
        token,
      );
      const courseNow = (made.json as { data?: { courseId?: string } }).data?.courseId;
      assert(courseNow, `upsertCourse failed: ${JSON.stringify(made.json)}`);
      await page.goto(hashUrl(`/packages/training/pages/roster/index?id=${courseNow}`));
      await page.locator('[data-testid="open-session-code"] >> visible=true').first().click();
      const digits = page.locator('[data-testid="session-code-digits"] >> visible=true').first();
      await digits.waitFor({ timeout: 15_000 });
      assert(/^\d{6}$/.test((await digits.innerText()).trim()), 'the session code is not 6 digits');
      const qr = page.locator('[data-testid="session-qr"] [data-testid="qr-code"] >> visible=true');
      await qr.first().waitFor({ timeout: 10_000 });
      const box = await qr.first().boundingBox();
      assert(
        box && box.width >= 150 && Math.abs(box.width - box.height) < 2,
        `QR box ${JSON.stringify(box)}`,
      );
      const text = await page
        .locator('[data-testid="session-code"] >> visible=true')
        .first()
        .innerText();
      assert(!text.includes('{'), 'the page still shows the raw QR text');
      await page.waitForTimeout(500); // the page slides in on h5
      await page.screenshot({ path: join(SHOTS, 'training-session-code.png'), fullPage: true });
    },
  );

  await step(
    'villager opens 政策 from 办事, searches 看病 and reads a medical policy',
    async () => {
      await page.goto(hashUrl('/pages/login/index'));
      await page.locator('[data-persona="villager"] >> visible=true').first().click();
      await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
      await page.goto(hashUrl('/pages/services/index'));
      await page.locator('[data-feature="policies"] >> visible=true').first().click();
      await page
        .locator('[data-testid="policy-list"][data-state="ready"] >> visible=true')
        .first()
        .waitFor({ timeout: 15_000 });
      const search = page.locator('[data-testid="policy-search"] >> visible=true').first();
      await search.locator('input').first().fill('看病');
      await search.locator('[data-testid="policy-search-submit"]').first().click();
      await page
        .locator(
          '[data-testid="policy-list"][data-state="ready"][data-query="看病"] >> visible=true',
        )
        .first()
        .waitFor({ timeout: 15_000 });
      const cards = page.locator('[data-testid="policy-card"] >> visible=true');
      const categories = await cards.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-category')),
      );
      assert(categories.includes('medical'), `no 医疗 policy for 看病: ${categories.join(', ')}`);
      await page.screenshot({ path: join(SHOTS, 'policies-search.png'), fullPage: true });
      await page
        .locator('[data-testid="policy-card"][data-category="medical"] >> visible=true')
        .first()
        .click();
      const article = page.locator('[data-testid="policy-article"] >> visible=true').first();
      await article.waitFor({ timeout: 15_000 });
      assert((await article.getAttribute('data-current')) === 'yes', 'opened an old version');
      const summary = await article.locator('[data-testid="policy-summary"]').first().innerText();
      assert(summary.trim().length > 0, 'the article has no summary');
      assert(
        (await article.locator('.psv-read-aloud').count()) > 0,
        'the article has no read-aloud control',
      );
      const source = await article.locator('[data-testid="policy-source"]').first().innerText();
      assert(/施行/.test(source), `no effective dates by the source: ${source}`);
      await article.locator('[data-testid="policy-versions"]').first().waitFor({ timeout: 5_000 });
      const faq = article.locator('[data-testid="faq-item"]');
      if ((await faq.count()) > 0) {
        await faq.first().locator('.psv-faq__question').first().click();
        await faq.first().locator('[data-testid="faq-answer"]').first().waitFor({ timeout: 5_000 });
      }
      await page.screenshot({ path: join(SHOTS, 'policies-article.png'), fullPage: true });
    },
  );

  await step(
    'self-check as a 已脱贫户 with a child in 高中 and a chronic illness lists education and medical support with reasons',
    async () => {
      const eligibilityCalls: unknown[] = [];
      const sentSoFar = (): number => eligibilityCalls.length;
      const onRequest = (request: Request) => {
        if (!request.url().endsWith('/api/policies')) return;
        const body = request.postDataJSON() as { action?: string; payload?: unknown } | null;
        if (body?.action === 'checkEligibility') eligibilityCalls.push(body.payload);
      };
      page.on('request', onRequest);
      await page.locator('[data-testid="open-self-check"] >> visible=true').first().click();
      const wizard = page.locator('[data-testid="self-check"] >> visible=true').first();
      await wizard.waitFor({ timeout: 15_000 });
      const question = () =>
        page.locator('[data-testid="self-check-question"] >> visible=true').first();
      const stepNow = async () => Number(await wizard.getAttribute('data-step'));
      await question().locator('[data-answer="lifted"]').first().click();
      await page.locator('[data-testid="school-senior-plus"] >> visible=true').first().click();
      const senior = await page
        .locator('[data-testid="school-senior-value"] >> visible=true')
        .first()
        .innerText();
      assert(senior.includes('1'), `高中 counter reads ${senior}`);
      await page.locator('[data-testid="self-check-next"] >> visible=true').first().click();
      // 慢性病: 是; back and forward once to show the answer is kept.
      await question().locator('[data-answer="yes"]').first().click();
      const afterIllness = await stepNow();
      await page.locator('[data-testid="self-check-back"] >> visible=true').first().click();
      assert((await stepNow()) === afterIllness - 1, '上一步 did not go back');
      await page.locator('[data-testid="self-check-next"] >> visible=true').first().click();
      assert((await stepNow()) === afterIllness, '下一步 did not go forward');
      // Everything else: 否, counters left at zero.
      for (let guard = 0; guard < 20; guard += 1) {
        if ((await page.locator('[data-testid="self-check-finish"] >> visible=true').count()) > 0)
          break;
        const kind = await question().getAttribute('data-kind');
        if (kind === 'yesNo') await question().locator('[data-answer="no"]').first().click();
        else await page.locator('[data-testid="self-check-next"] >> visible=true').first().click();
      }
      await page
        .locator('[data-testid="self-check-finish"] >> visible=true')
        .first()
        .waitFor({ timeout: 5_000 });
      assert(sentSoFar() === 0, `answers were sent before 查看结果 (${sentSoFar()} calls)`);
      await page.screenshot({ path: join(SHOTS, 'policies-self-check.png'), fullPage: true });
      await page.locator('[data-testid="self-check-submit"] >> visible=true').first().click();
      const result = page
        .locator('[data-testid="self-check-result"][data-state="matches"] >> visible=true')
        .first();
      await result.waitFor({ timeout: 15_000 });
      page.off('request', onRequest);
      assert(sentSoFar() === 1, `查看结果 sent ${sentSoFar()} calls`);
      const sent = JSON.stringify(eligibilityCalls[0]);
      assert(
        sent.includes('"householdCategory":"lifted"') &&
          sent.includes('"senior":1') &&
          sent.includes('"chronicIllness":true'),
        `unexpected answers sent: ${sent}`,
      );
      const ids = await result
        .locator('[data-testid="result-card"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-policy-id')));
      for (const id of [
        'free-education-15-years',
        'basic-medical-insurance',
        'serious-illness-insurance',
        'medical-assistance',
      ]) {
        assert(ids.includes(id), `result lacks ${id}: ${ids.join(', ')}`);
        const card = result.locator(`[data-testid="result-card"][data-policy-id="${id}"]`).first();
        const reasons = await card.locator('[data-testid="result-reason"]').allInnerTexts();
        assert(
          reasons.length > 0 && reasons.every((r) => r.trim().length > 1),
          `${id} has no reason`,
        );
      }
      const education = result
        .locator('[data-testid="result-card"][data-policy-id="free-education-15-years"]')
        .first();
      assert(
        (await education.innerText()).includes('十五年免费教育'),
        'the education card is not titled 十五年免费教育',
      );
      await page.waitForTimeout(400); // let the page slide in before the screenshot
      await page.screenshot({ path: join(SHOTS, 'policies-result.png'), fullPage: true });
      // A next step opens inside the app.
      const next = result.locator('[data-testid="next-step"]').first();
      const url = await next.getAttribute('data-url');
      assert(
        typeof url === 'string' && url.startsWith('/packages/'),
        `next step leads to ${String(url)}`,
      );
      await next.click();
      const nextPage = url.split('?')[0] ?? url;
      await page.waitForURL((u) => u.hash.includes(nextPage), { timeout: 15_000 });
    },
  );

  await step('after a revision, 历史版本 opens the older version read-only', async () => {
    const login = await callApi(gateway, 'auth/dev-login', { persona: 'admin' });
    const token = (login.json as { data?: { token?: string } }).data?.token;
    assert(token, `admin dev-login failed: ${JSON.stringify(login.json)}`);
    const current = await callApi(gateway, 'policies', {
      action: 'get',
      payload: { policyId: 'basic-medical-insurance' },
    });
    const policy = (current.json as { data?: Record<string, unknown> }).data;
    assert(policy, `get failed: ${JSON.stringify(current.json).slice(0, 300)}`);
    const content = Object.fromEntries(
      [
        'title',
        'category',
        'summary',
        'body',
        'faq',
        'examples',
        'sourceDocument',
        'effectiveFrom',
        'effectiveTo',
        'keywords',
      ].map((key) => [key, policy[key]]),
    );
    const revised = await callApi(
      gateway,
      'policies',
      {
        action: 'upsert',
        payload: {
          ...content,
          policyId: 'basic-medical-insurance',
          summary: `${String(policy.summary).slice(0, 180)}（已修订）`,
        },
        idempotencyKey: `e2e-policy-${Date.now()}`,
      },
      token,
    );
    assert(
      revised.status === 200,
      `upsert answered ${revised.status}: ${JSON.stringify(revised.json).slice(0, 300)}`,
    );
    await page.goto(hashUrl('/packages/policies/pages/article/index?id=basic-medical-insurance'));
    // A fresh load, so the article is read again rather than shown from the page stack.
    await page.reload();
    const article = page
      .locator(
        '[data-testid="policy-article"][data-policy-id="basic-medical-insurance"][data-version="2"] >> visible=true',
      )
      .first();
    await article.waitFor({ timeout: 15_000 });
    const rows = article.locator('[data-testid="policy-version"]');
    await rows.first().waitFor({ timeout: 5_000 });
    assert((await rows.count()) >= 2, `history lists ${await rows.count()} versions`);
    await article.locator('[data-testid="policy-version"][data-version="1"]').first().click();
    const old = page
      .locator(
        '[data-testid="policy-article"][data-policy-id="basic-medical-insurance"][data-version="1"][data-current="no"] >> visible=true',
      )
      .first();
    await old.waitFor({ timeout: 15_000 });
    await old.locator('[data-testid="old-version-notice"]').first().waitFor({ timeout: 5_000 });
    const summary = await old.locator('[data-testid="policy-summary"]').first().innerText();
    assert(!summary.includes('已修订'), 'the old version shows the revised summary');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'policies-old-version.png'), fullPage: true });
  });

  for (const run of Object.values(NAMED_JOURNEYS)) await run(kit);
  await finalChecks();
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
  let gateway: GatewayProcess | null = null;
  let browser: LaunchedChromium | null = null;
  try {
    gateway = await startGatewayProcess({ dataDir, env: { LOG_LEVEL: 'warn' } });
    console.log(`e2e: gateway at ${gateway.url}`);
    browser = await launchChromium();
    await journey(gateway, browser.context);
  } finally {
    await browser?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
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
