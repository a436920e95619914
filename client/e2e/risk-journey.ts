import { join } from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';
import type { JourneyPersona } from './journey-session';
import { journeySession, visible } from './journey-session';

const QIMOU = 'village-zheqiao-qimou';
const CONSENT = { version: 'risk-check-2026-12', agreed: true } as const;

type Persona = Extract<
  JourneyPersona,
  | 'villager'
  | 'villager_b'
  | 'village_cadre'
  | 'village_cadre_b'
  | 'town_reviewer'
  | 'city_approver'
>;

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}
interface ReportLite {
  reportId: string;
  version: number;
  status: string;
  waitingFor: string | null;
  householdId: string | null;
  description?: string;
  deadline: { dueOn: string; daysLeft: number; overdue: boolean } | null;
}

/**
 * 返贫风险 from the family's phone to the city and back, in Chromium: 王桂兰's rejected report is
 * appealed and lands at the town; 马文礼 files a 因病 report with the network down and it is sent
 * once when it returns; the village cadre finds it in 待办 with its due date and records the
 * visit; after the 公示 the town reviewer approves; the city approver approves and 我的家 turns
 * red (三类户); the village cadre sets a 119 plan with measures from 3 sectors and the family sees
 * it; the clock moves 10 working days on and a report nobody touched shows 已超期 in 待办.
 */
export async function riskJourney(kit: JourneyKit & { context: BrowserContext }): Promise<void> {
  const { page, gateway, step, assert, callApi, shots, context } = kit;
  const session = journeySession(kit);
  const { hashUrl, tokenOf, moveClock, loginAs } = session;
  const risk = <T>(persona: Persona, action: string, payload: unknown, key?: string) =>
    session.callAs<T>('risk', persona, action, payload, key);
  const openCase = async (reportId: string) => {
    await page.goto(hashUrl(`/packages/risk-work/pages/case/index?id=${reportId}`));
    await page.locator(visible(`[data-testid="risk-case"]`)).first().waitFor({ timeout: 20_000 });
  };
  const waitCaseStatus = async (status: string) => {
    const target = page.locator(visible(`[data-testid="risk-case"][data-status="${status}"]`));
    const problem = page.locator(visible('[data-testid="review-error"]'));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if ((await target.count()) > 0) return;
      if ((await problem.count()) > 0)
        throw new Error(`the review panel says: ${await problem.first().innerText()}`);
      await page.waitForTimeout(200);
    }
    await page.screenshot({ path: join(shots, `risk-stuck-${status}.png`), fullPage: true });
    throw new Error(`the case did not reach ${status}`);
  };
  const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  // ---------------------------------------------------------------- appeal (王坪村, 保寨镇)
  await step(
    'risk: a rejected report is appealed by the family and lands at the town',
    async () => {
      const filed = await risk<ReportLite>('villager_b', 'submit', {
        risks: ['unemployment'],
        occurredOn: today(),
        description: '儿子在外打工的工地停工了，三个月没拿到工钱',
        estimatedCost: 9000,
        consent: CONSENT,
      });
      await risk<ReportLite>('village_cadre_b', 'review', {
        reportId: filed.reportId,
        expectedVersion: filed.version,
        decision: 'reject',
        note: '家里还有两人在本地务工，收入在监测范围以上',
      });
      await loginAs('villager_b');
      await page.goto(hashUrl('/packages/risk/pages/mine/index'));
      const card = page
        .locator(visible(`[data-testid="risk-report-card"][data-report-id="${filed.reportId}"]`))
        .first();
      await card.waitFor({ timeout: 20_000 });
      const where = await card.locator('[data-testid="risk-appeal-where"]').first().innerText();
      assert(where.includes('镇'), `the appeal does not say it goes to the town: ${where}`);
      await card.locator('[data-testid="risk-appeal-open"]').first().click();
      const form = card.locator('[data-testid="risk-appeal-form"]').first();
      await form.waitFor({ timeout: 10_000 });
      await form.locator('textarea').first().fill('另外两人是打零工，一个月只干几天，请镇上再看看');
      await page.screenshot({ path: join(shots, 'risk-appeal.png'), fullPage: true });
      await form.locator('[data-testid="risk-appeal-send"]').first().click();
      // Online, the outbox sends it at once (the 已保存 notice may not even show): ask the server.
      const deadline = Date.now() + 20_000;
      let now = await risk<ReportLite>('city_approver', 'get', { reportId: filed.reportId });
      while (now.status === 'rejected' && Date.now() < deadline) {
        await page.waitForTimeout(300);
        now = await risk<ReportLite>('city_approver', 'get', { reportId: filed.reportId });
      }
      assert(
        now.status === 'village_verified' && now.waitingFor === 'town',
        `after the appeal the report is ${now.status}, waiting for ${String(now.waitingFor)}`,
      );
      // The family's list says so too.
      await page.reload();
      await page
        .locator(
          visible(
            `[data-testid="risk-report-card"][data-report-id="${filed.reportId}"][data-status="village_verified"]`,
          ),
        )
        .first()
        .waitFor({ timeout: 20_000 });
    },
  );

  // A 排查 report nobody works on: it must show overdue once the clock has moved on.
  const households = await callApi(
    gateway,
    'households',
    { action: 'list', payload: { villageId: QIMOU, limit: 20 } },
    await tokenOf('village_cadre'),
  );
  const other = (
    households.json as Envelope<{ items: { householdId: string; headName: string }[] }>
  ).data?.items.find((h) => h.householdId !== 'hh-demo-qimou-01');
  if (!other) throw new Error('no second household in 祁牟村');
  const untouched = await risk<ReportLite>('village_cadre', 'submit', {
    householdId: other.householdId,
    risks: ['housing'],
    occurredOn: today(),
    description: '入户排查发现后墙开裂，雨天漏水',
    estimatedCost: 20000,
    consent: CONSENT,
  });

  // ---------------------------------------------------------------- 马文礼 files offline
  const description = `老伴住院做了手术，花了三万多（e2e ${Date.now() % 100000}）`;
  const submitKeys: string[] = [];
  const onRequest = (request: Request) => {
    if (!request.url().endsWith('/api/risk')) return;
    const body = request.postDataJSON() as { action?: string; idempotencyKey?: string } | null;
    if (body?.action === 'submit') submitKeys.push(body.idempotencyKey ?? '');
  };
  let reportId = '';
  await step('risk: the villager files a 因病 report with the network down', async () => {
    await loginAs('villager');
    await page.goto(hashUrl('/packages/risk/pages/index/index'));
    const form = page.locator(visible('[data-testid="risk-form"]')).first();
    await form.waitFor({ timeout: 20_000 });
    await context.setOffline(true);
    page.on('request', onRequest);
    const next = () => page.locator(visible('[data-testid="risk-next"]')).first().click();
    for (let i = 0; i < 20; i++) {
      const at = await form.getAttribute('data-step');
      if (at === 'who')
        await page.locator(visible('[data-testid="risk-who-self"]')).first().click();
      else if (at === 'risks') {
        await page.locator(visible('[data-testid="risk-type-illness"]')).first().click();
        await page.screenshot({ path: join(shots, 'risk-form-types.png'), fullPage: true });
      } else if (at === 'occurred')
        await page.locator(visible('[data-testid="risk-date-yesterday"]')).first().click();
      else if (at === 'description')
        await page
          .locator(visible('[data-testid="risk-description"] textarea, textarea'))
          .first()
          .fill(description);
      else if (at === 'cost')
        for (const key of ['3', '2', '0', '0', '0'])
          await page
            .locator(visible(`[data-testid="risk-key-${key}"]`))
            .first()
            .click();
      else if (at === 'consent')
        await page.locator(visible('[data-testid="risk-consent-agree"]')).first().click();
      else if (at === 'confirm') {
        await page.screenshot({ path: join(shots, 'risk-form-confirm.png'), fullPage: true });
        await page.locator(visible('[data-testid="risk-submit"]')).first().click();
        break;
      }
      await next();
      await page.waitForTimeout(150);
    }
    await page.locator(visible('[data-testid="risk-queued"]')).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, 'risk-form-queued-offline.png'), fullPage: true });
    const onServer = await risk<{ items: ReportLite[] }>('village_cadre', 'queue', {
      view: 'all',
      householdId: 'hh-demo-qimou-01',
      limit: 50,
    });
    assert(
      onServer.items.length === 0,
      'the report reached the server while the phone was offline',
    );
  });

  await step('risk: back online, the report is sent once', async () => {
    await context.setOffline(false);
    const cadreSees = async () =>
      (
        await risk<{ items: ReportLite[] }>('village_cadre', 'queue', {
          view: 'all',
          householdId: 'hh-demo-qimou-01',
          limit: 50,
        })
      ).items;
    let found: ReportLite[] = [];
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      // The outbox retries on its own; a page visit nudges it as a returning user would.
      found = [];
      for (const item of await cadreSees()) {
        const full = await risk<ReportLite>('village_cadre', 'get', { reportId: item.reportId });
        if (full.description === description) found.push(full);
      }
      if (found.length > 0) break;
      await page.goto(hashUrl('/packages/risk/pages/mine/index'));
      await page.waitForTimeout(1500);
    }
    assert(found.length === 1, `the report is on the server ${found.length} times`);
    const keys = new Set(submitKeys.filter(Boolean));
    assert(keys.size === 1, `submit was sent with ${keys.size} different keys`);
    reportId = found[0]?.reportId ?? '';
    page.off('request', onRequest);
    await page.goto(hashUrl('/packages/risk/pages/mine/index'));
    const card = page.locator(visible(`[data-testid="risk-report-card"]`)).first();
    await card.waitFor({ timeout: 20_000 });
    const nextStep = await page
      .locator(visible('[data-testid="risk-next-step"]'))
      .first()
      .innerText();
    assert(/村里会在\d+月\d+日前/.test(nextStep), `next step reads: ${nextStep}`);
    await page.screenshot({ path: join(shots, 'risk-mine.png'), fullPage: true });
  });

  await step(
    'risk: the village cadre sees it in 待办 with its due date and records the visit',
    async () => {
      await loginAs('village_cadre');
      await page.goto(hashUrl('/packages/risk-work/pages/queue/index'));
      const item = page
        .locator(visible(`[data-testid="risk-queue-item"][data-report-id="${reportId}"]`))
        .first();
      await item.waitFor({ timeout: 20_000 });
      const due = await item
        .locator('[data-testid="deadline"]')
        .first()
        .getAttribute('data-due-on');
      assert(
        due && /^\d{4}-\d{2}-\d{2}$/.test(due),
        `no due date on the queue item (${String(due)})`,
      );
      assert((await item.getAttribute('data-overdue')) === 'no', 'a new report shows overdue');
      await page.screenshot({ path: join(shots, 'risk-queue-village.png'), fullPage: true });
      await item.click();
      await waitCaseStatus('submitted');
      const panel = page.locator(visible('[data-testid="risk-review-panel"]')).first();
      const visit = panel.locator('[data-testid="visit-form"]').first();
      await visit
        .locator('input[name="visitedOn"], [name="visitedOn"] input')
        .first()
        .fill(today());
      await visit
        .locator('input[name="incomePerHead"], [name="incomePerHead"] input')
        .first()
        .fill('5600');
      const illness = visit.locator('[data-testid="visit-risks"] [data-risk="illness"]').first();
      // The report's risks are filled in already; tap only if 因病 is not chosen.
      if ((await illness.getAttribute('data-selected')) !== 'yes') await illness.click();
      await visit.locator('textarea').first().fill('入户看了住院发票和诊断书，老伴术后不能干活');
      await page.screenshot({ path: join(shots, 'risk-case-visit.png'), fullPage: true });
      await panel.locator('[data-testid="risk-review-approve"]').first().click();
      await waitCaseStatus('village_verified');
    },
  );

  await step('risk: after the 公示 the town reviewer approves', async () => {
    await moveClock(6);
    await loginAs('town_reviewer');
    await page.goto(hashUrl('/packages/risk-work/pages/queue/index'));
    const item = page
      .locator(visible(`[data-testid="risk-queue-item"][data-report-id="${reportId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(shots, 'risk-queue-town.png'), fullPage: true });
    await item.click();
    await waitCaseStatus('village_verified');
    await page.locator(visible('[data-testid="risk-review-approve"]')).first().click();
    await waitCaseStatus('town_reviewed');
  });

  await step('risk: the city approver approves and 我的家 turns red (三类户)', async () => {
    await loginAs('city_approver');
    await openCase(reportId);
    await waitCaseStatus('town_reviewed');
    await page.screenshot({ path: join(shots, 'risk-case-city.png'), fullPage: true });
    await page.locator(visible('[data-testid="risk-review-approve"]')).first().click();
    await waitCaseStatus('city_approved');
    await loginAs('villager');
    await page.goto(hashUrl('/packages/households/pages/index/index'));
    const card = page.locator(visible('[data-testid="household-card"]')).first();
    await card.waitFor({ timeout: 20_000 });
    assert(
      (await card.getAttribute('data-folder')) === 'red',
      `我的家 is ${await card.getAttribute('data-folder')}`,
    );
    await page.screenshot({ path: join(shots, 'risk-home-red.png'), fullPage: true });
  });

  await step(
    'risk: a 119 plan with measures from 3 sectors is set, and the family sees it',
    async () => {
      await loginAs('village_cadre');
      await openCase(reportId);
      await waitCaseStatus('city_approved');
      await page.locator(visible('[data-testid="open-plan-editor"]')).first().click();
      const editor = page.locator(visible('[data-testid="plan-editor"]')).first();
      await editor.waitFor({ timeout: 20_000 });
      await editor
        .locator('textarea[name="planText"], [name="planText"] textarea, textarea')
        .first()
        .fill('医保报销后的自付部分申请医疗救助，安排家庭医生随访，儿子推荐就近务工。');
      await editor.locator('[data-testid="insurance-yes"]').first().click();
      const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      const sectors = ['medical_insurance', 'health', 'employment'];
      for (const [index, sector] of sectors.entries()) {
        await editor
          .locator(`[data-testid="sector-choices"] [data-sector="${sector}"]`)
          .first()
          .click();
        const measure = editor.locator('[data-testid="plan-measure-editor"]').nth(index);
        await measure.locator('[data-testid="measure-examples"] [data-example]').first().click();
        await measure
          .locator(
            `input[name="measure-${index}-responsible"], [name="measure-${index}-responsible"] input`,
          )
          .first()
          .fill('何建国');
        await measure
          .locator(`input[name="measure-${index}-dueOn"], [name="measure-${index}-dueOn"] input`)
          .first()
          .fill(due);
      }
      await page.screenshot({ path: join(shots, 'risk-plan-editor.png'), fullPage: true });
      await editor.locator('[data-testid="plan-save"]').first().click();
      await page
        .locator(visible('[data-testid="plan-saved"]'))
        .first()
        .waitFor({ timeout: 20_000 });
      const saved = await risk<ReportLite & { plan: { measures: { sector: string }[] } | null }>(
        'village_cadre',
        'get',
        { reportId },
      );
      assert(saved.status === 'assisting', `after the plan the report is ${saved.status}`);
      assert(
        new Set(saved.plan?.measures.map((m) => m.sector)).size === 3,
        `the plan has ${saved.plan?.measures.length ?? 0} measures`,
      );
      await loginAs('villager');
      await page.goto(hashUrl('/packages/households/pages/index/index'));
      const plan = page.locator(visible('[data-testid="risk-plan-card"]')).first();
      await plan.waitFor({ timeout: 20_000 });
      const text = await plan.innerText();
      for (const label of ['医保', '卫健', '人社'])
        assert(
          text.includes(label),
          `the family's plan card has no ${label}: ${text.slice(0, 200)}`,
        );
      await page.screenshot({ path: join(shots, 'risk-home-plan.png'), fullPage: true });
    },
  );

  await step('risk: 10 working days later the untouched report shows 已超期 in 待办', async () => {
    await moveClock(6 + 14);
    await loginAs('village_cadre');
    await page.goto(hashUrl('/packages/risk-work/pages/queue/index'));
    const item = page
      .locator(visible(`[data-testid="risk-queue-item"][data-report-id="${untouched.reportId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    assert(
      (await item.getAttribute('data-overdue')) === 'yes',
      'the untouched report is not overdue',
    );
    await item.locator('[data-testid="overdue-mark"]').first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: join(shots, 'risk-queue-overdue.png'), fullPage: true });
    await moveClock(0);
  });
}
