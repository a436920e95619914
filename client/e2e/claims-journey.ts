import { join } from 'node:path';
import type { JourneyKit } from './exhibits-journey';
import type { JourneyPersona } from './journey-session';
import { journeySession, setElderly, visible } from './journey-session';

const HOUSEHOLD = 'hh-demo-qimou-01';

type Persona = Extract<
  JourneyPersona,
  'villager' | 'village_cadre' | 'town_reviewer' | 'insurer' | 'city_approver'
>;

interface ClaimLite {
  claimId: string;
  version: number;
  status: string;
  estimate: number;
  approvedAmount: number | null;
  returnNote: string | null;
  documents: { item: string; files: unknown[] }[];
  steps: { kind: string; at: string }[];
  publicity: { startsOn: string; endsOn: string; ended: boolean } | null;
  payment: { paidOn: string; reference: string } | null;
}

/** The papers of an illness claim the family photographs at once; the 结算单 comes later. */
const FIRST_PAPERS = [
  'id_card',
  'hukou',
  'bank_card',
  'invoices',
  'itemised_bill',
  'discharge_summary',
  'diagnosis',
];
const PHOTO_A = 'client/src/assets/tabbar/home-active.png';
const PHOTO_B = 'client/src/assets/tabbar/history-active.png';

/**
 * 防贫保险理赔 in Chromium, every step through the screens: 马文礼 files a 因病 claim (self-pay
 * 40,000 元, the estimate shows 20,500 元; the invoices with two photos, the 结算单 not yet) → the
 * village cadre checks the papers and returns it for the missing 结算单 → 马文礼 adds its photo
 * and resubmits the same claim → the village passes it, the town approves → the insurer records
 * the survey → the city approves 20,500 元 → the dev clock moves past the 公示 → the insurer marks
 * it paid → 我的理赔 shows every step with its date, and the household's 360° page shows the claim.
 */
export async function claimsJourney(kit: JourneyKit): Promise<void> {
  const { page, step, assert, shots, root } = kit;
  const session = journeySession(kit);
  const { hashUrl, moveClock, loginAs } = session;
  const claims = <T>(persona: Persona, action: string, payload: unknown) =>
    session.callAs<T>('claims', persona, action, payload);
  const shot = (name: string) =>
    page
      .waitForTimeout(300)
      .then(() => page.screenshot({ path: join(shots, name), fullPage: true }));
  const addPhotos = async (files: string[]) => {
    const before = await page.locator(visible('[data-testid="photo-uploaded"]')).count();
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.locator(visible('[data-testid="photo-add"]')).first().click();
    await (await chooser).setFiles(files.map((f) => join(root, f)));
    await page
      .locator(visible('[data-testid="photo-uploaded"]'))
      .nth(before + files.length - 1)
      .waitFor({ timeout: 30_000 });
  };
  const openCase = async (claimId: string) => {
    await page.goto(hashUrl(`/packages/claims-work/pages/case/index?id=${claimId}`));
    await page.locator(visible('[data-testid="claim-case"]')).first().waitFor({ timeout: 20_000 });
  };
  const waitCaseStatus = async (status: string) => {
    const target = page.locator(visible(`[data-testid="claim-case"][data-status="${status}"]`));
    const problem = page.locator(
      visible('[data-testid="claim-review-error"], [data-testid="mark-paid-error"]'),
    );
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if ((await target.count()) > 0) return;
      if ((await problem.count()) > 0)
        throw new Error(`the review panel says: ${await problem.first().innerText()}`);
      await page.waitForTimeout(200);
    }
    await shot(`claims-stuck-${status}.png`);
    throw new Error(`the claim did not reach ${status}`);
  };
  const serverClaim = (claimId: string) => claims<ClaimLite>('city_approver', 'get', { claimId });
  const waitServerStatus = async (claimId: string, status: string) => {
    const deadline = Date.now() + 30_000;
    let now = await serverClaim(claimId);
    while (now.status !== status && Date.now() < deadline) {
      await page.waitForTimeout(400);
      now = await serverClaim(claimId);
    }
    assert(now.status === status, `the claim is ${now.status}, not ${status}`);
    return now;
  };

  let claimId = '';
  await step('claims: the villager files a 因病 claim; the estimate shows 20,500 元', async () => {
    await loginAs('villager');
    await setElderly(page, false);
    const before = await claims<{ items: ClaimLite[] }>('villager', 'mine', { limit: 50 });
    await page.goto(hashUrl('/packages/claims/pages/index/index'));
    const form = page.locator(visible('[data-testid="claim-form"]')).first();
    await form.waitFor({ timeout: 20_000 });
    await page.reload();
    await form.waitFor({ timeout: 20_000 });
    const next = () => page.locator(visible('[data-testid="claim-next"]')).first().click();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const at = (await form.getAttribute('data-step')) ?? '';
      seen.push(at);
      if (at === 'who')
        await page.locator(visible('[data-testid="claim-who-self"]')).first().click();
      else if (at === 'type') {
        await page.locator(visible('[data-testid="claim-type-illness"]')).first().click();
        await shot('claims-form-types.png');
      } else if (at === 'incident')
        await page.locator(visible('[data-testid="risk-date-yesterday"]')).first().click();
      else if (at === 'amount_selfPaid') {
        for (const key of ['4', '0', '0', '0', '0'])
          await page
            .locator(visible(`[data-testid="risk-key-${key}"]`))
            .first()
            .click();
        const estimate = page.locator(visible('[data-testid="claim-estimate"]')).first();
        await page
          .locator(visible('[data-testid="claim-estimate"][data-payout="20500"]'))
          .first()
          .waitFor({ timeout: 10_000 });
        const total = await estimate.innerText();
        assert(
          total.includes('预计可赔约') && total.includes('20,500') && total.includes('以审核为准'),
          `the estimate reads: ${total}`,
        );
        await shot('claims-form-estimate.png');
      } else if (at.startsWith('doc_')) {
        const item = at.slice(4);
        if (item === 'invoices') {
          await addPhotos([PHOTO_A, PHOTO_B]);
          await shot('claims-form-two-photos.png');
        } else if (FIRST_PAPERS.includes(item)) await addPhotos([PHOTO_A]);
      } else if (at === 'checklist') {
        const list = page.locator(visible('[data-testid="claim-checklist"]')).first();
        assert(
          (await list.getAttribute('data-complete')) !== 'true',
          'the checklist says complete without the 结算单',
        );
        await shot('claims-form-checklist.png');
      } else if (at === 'bank_name')
        await page
          .locator(visible('[data-testid="claim-bank-option"]'))
          .filter({ hasText: '农业银行' })
          .first()
          .click();
      else if (at === 'bank_account') {
        for (const key of '6217000098765432108')
          await page
            .locator(visible(`[data-testid="risk-key-${key}"]`))
            .first()
            .click();
      } else if (at === 'consent') {
        await page.locator(visible('[data-testid="claim-consent-agree"]')).first().click();
        await shot('claims-form-consent.png');
      } else if (at === 'confirm') {
        const summary = await page
          .locator(visible('[data-testid="claim-summary"]'))
          .first()
          .innerText();
        assert(summary.includes('****2108'), `the summary does not mask the card: ${summary}`);
        assert(!summary.includes('6217000098765432108'), 'the summary shows the whole card number');
        await shot('claims-form-confirm.png');
        await page.locator(visible('[data-testid="claim-submit"]')).first().click();
        break;
      }
      await next();
      await page.waitForTimeout(150);
    }
    assert(seen.includes('confirm'), `the form never reached 核对: ${seen.join(' → ')}`);
    await page
      .locator(visible('[data-testid="claim-queued"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    // Sent through the outbox: wait for it on the server.
    const deadline = Date.now() + 30_000;
    let mine = await claims<{ items: ClaimLite[] }>('villager', 'mine', { limit: 50 });
    while (mine.items.length === before.items.length && Date.now() < deadline) {
      await page.waitForTimeout(400);
      mine = await claims<{ items: ClaimLite[] }>('villager', 'mine', { limit: 50 });
    }
    const known = new Set(before.items.map((c) => c.claimId));
    const fresh = mine.items.filter((c) => !known.has(c.claimId));
    assert(fresh.length === 1, `${fresh.length} new claims on the server`);
    const filed = fresh[0] as ClaimLite;
    claimId = filed.claimId;
    assert(filed.status === 'reported' && filed.estimate === 20_500, JSON.stringify(filed));
    const invoices = filed.documents.find((d) => d.item === 'invoices');
    assert(invoices?.files.length === 2, `the invoices have ${invoices?.files.length} photos`);
    assert(
      !filed.documents.some((d) => d.item === 'settlement_slips'),
      'the 结算单 is attached already',
    );
  });

  await step('claims: the village cadre returns it for the missing 结算单', async () => {
    await loginAs('village_cadre');
    await page.goto(hashUrl('/packages/claims-work/pages/queue/index'));
    const item = page
      .locator(visible(`[data-testid="claim-queue-item"][data-claim-id="${claimId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    const due = await item.locator('[data-testid="deadline"]').first().getAttribute('data-due-on');
    assert(
      due && /^\d{4}-\d{2}-\d{2}$/.test(due),
      `no due date on the queue item (${String(due)})`,
    );
    await shot('claims-queue-village.png');
    await item.click();
    await waitCaseStatus('reported');
    const panel = page.locator(visible('[data-testid="claim-review-panel"]')).first();
    await panel.locator('[data-testid="claim-checks-rest-ok"]').first().click();
    await panel
      .locator('textarea[name="claimReviewNote"], [name="claimReviewNote"] textarea')
      .first()
      .fill('发票、清单都看了，还缺医保报销的结算单，请拍了补上');
    await shot('claims-case-village.png');
    await panel.locator('[data-testid="claim-review-return"]').first().click();
    await waitCaseStatus('returned');
    const now = await serverClaim(claimId);
    assert(now.returnNote?.includes('结算单'), `the return note reads: ${String(now.returnNote)}`);
  });

  await step('claims: the villager adds the 结算单 and resubmits the same claim', async () => {
    await loginAs('villager');
    await page.goto(hashUrl(`/packages/claims/pages/claim/index?claimId=${claimId}`));
    const detail = page.locator(visible('[data-testid="claim-detail"][data-status="returned"]'));
    await detail.first().waitFor({ timeout: 20_000 });
    const note = await page
      .locator(visible('[data-testid="claim-return-note"]'))
      .first()
      .innerText();
    assert(note.includes('结算单'), `the family is not told what to add: ${note}`);
    await shot('claims-claim-returned.png');
    await page.locator(visible('[data-testid="claim-resubmit-open"]')).first().click();
    await page
      .locator(visible('[data-testid="claim-resubmit-item-settlement_slips"]'))
      .first()
      .click();
    await addPhotos([PHOTO_A]);
    await shot('claims-claim-resubmit.png');
    await page.locator(visible('[data-testid="claim-resubmit-send"]')).first().click();
    const back = await waitServerStatus(claimId, 'reported');
    assert(
      back.documents.some((d) => d.item === 'settlement_slips' && d.files.length === 1),
      'the 结算单 did not reach the claim',
    );
    const mine = await claims<{ items: ClaimLite[] }>('villager', 'mine', { limit: 50 });
    assert(
      mine.items.filter((c) => c.claimId === claimId).length === 1,
      'resubmitting made a second claim',
    );
  });

  await step('claims: the village passes it and the town approves', async () => {
    await loginAs('village_cadre');
    await openCase(claimId);
    await waitCaseStatus('reported');
    const panel = page.locator(visible('[data-testid="claim-review-panel"]')).first();
    await panel.locator('[data-testid="claim-checks-rest-ok"]').first().click();
    await panel.locator('[data-testid="claim-review-approve"]').first().click();
    await waitCaseStatus('materials_checked');
    await loginAs('town_reviewer');
    await page.goto(hashUrl('/packages/claims-work/pages/queue/index'));
    const item = page
      .locator(visible(`[data-testid="claim-queue-item"][data-claim-id="${claimId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    await item.click();
    await waitCaseStatus('materials_checked');
    await page.locator(visible('[data-testid="claim-review-approve"]')).first().click();
    await waitCaseStatus('town_reviewed');
  });

  await step('claims: the insurer records the survey beside the estimate', async () => {
    await loginAs('insurer');
    await page.goto(hashUrl('/pages/me/index'));
    await page.locator(visible('[data-testid="insurer-claims-entry"]')).first().click();
    const item = page
      .locator(visible(`[data-testid="claim-queue-item"][data-claim-id="${claimId}"]`))
      .first();
    await item.waitFor({ timeout: 20_000 });
    await shot('claims-queue-insurer.png');
    await item.click();
    await waitCaseStatus('town_reviewed');
    const bank = await page.locator(visible('[data-testid="claim-bank"]')).first().innerText();
    assert(
      bank.includes('2108') && !bank.includes('62170000'),
      `the insurer sees the card as ${bank}`,
    );
    const form = page.locator(visible('[data-testid="claim-survey-form"]')).first();
    await form
      .locator('input[name="assessedAmount"], [name="assessedAmount"] input')
      .first()
      .fill('20500');
    await form
      .locator('textarea[name="surveyNote"], [name="surveyNote"] textarea')
      .first()
      .fill('入户查勘：住院属实，发票和结算单与医院记录一致');
    await shot('claims-case-survey.png');
    await page.locator(visible('[data-testid="claim-review-approve"]')).first().click();
    await waitCaseStatus('surveyed');
  });

  await step('claims: the city approves 20,500 元 and the 公示 starts', async () => {
    await loginAs('city_approver');
    await openCase(claimId);
    await waitCaseStatus('surveyed');
    const amount = page
      .locator(visible('input[name="approvedAmount"], [name="approvedAmount"] input'))
      .first();
    await amount.fill('20500');
    await shot('claims-case-city.png');
    await page.locator(visible('[data-testid="claim-review-approve"]')).first().click();
    await waitCaseStatus('approved');
    const now = await serverClaim(claimId);
    assert(now.approvedAmount === 20_500, `approved ${String(now.approvedAmount)}`);
    assert(now.publicity && !now.publicity.ended, `公示: ${JSON.stringify(now.publicity)}`);
  });

  await step('claims: after the 公示 the insurer marks it paid', async () => {
    await loginAs('insurer');
    await openCase(claimId);
    await waitCaseStatus('approved');
    await page
      .locator(visible('[data-testid="mark-paid-wait"]'))
      .first()
      .waitFor({ timeout: 10_000 });
    const now = await moveClock(7);
    // The server's day (the dev clock moved only the server; the phone's date is today's).
    const serverDay = new Date(Date.parse(now) + 8 * 3600_000).toISOString().slice(0, 10);
    await loginAs('insurer');
    await openCase(claimId);
    const panel = page
      .locator(visible('[data-testid="mark-paid-panel"][data-ready="yes"]'))
      .first();
    await panel.waitFor({ timeout: 20_000 });
    await panel
      .locator('input[name="paymentReference"], [name="paymentReference"] input')
      .first()
      .fill('FPB20261215001');
    await panel.locator('input[name="paidOn"], [name="paidOn"] input').first().fill(serverDay);
    await shot('claims-case-mark-paid.png');
    await panel.locator('[data-testid="mark-paid-submit"]').first().click();
    await waitCaseStatus('paid');
  });

  await step(
    'claims: 我的理赔 shows every step with its date; the 360° page shows it',
    async () => {
      await loginAs('villager');
      await page.goto(hashUrl('/packages/claims/pages/mine/index'));
      const card = page
        .locator(
          visible(`[data-testid="claim-card"][data-claim-id="${claimId}"][data-status="paid"]`),
        )
        .first();
      await card.waitFor({ timeout: 20_000 });
      await shot('claims-mine.png');
      await card.click();
      const detail = page
        .locator(visible('[data-testid="claim-detail"][data-status="paid"]'))
        .first();
      await detail.waitFor({ timeout: 20_000 });
      const steps = page.locator(visible('[data-testid="claim-step"]'));
      const kinds: string[] = [];
      for (let i = 0; i < (await steps.count()); i++) {
        const s = steps.nth(i);
        kinds.push((await s.getAttribute('data-kind')) ?? '');
        const text = await s.innerText();
        assert(/\d+月\d+日/.test(text), `a step has no date: ${text}`);
      }
      for (const kind of ['submitted', 'returned', 'resubmitted', 'approved', 'paid'])
        assert(kinds.includes(kind), `no ${kind} step among ${kinds.join(', ')}`);
      const paid = await page.locator(visible('[data-testid="claim-payment"]')).first().innerText();
      assert(paid.includes('FPB20261215001'), `the payment reads: ${paid}`);
      await shot('claims-claim-paid.png');
      await loginAs('village_cadre');
      await page.goto(hashUrl(`/packages/households/pages/detail/index?id=${HOUSEHOLD}`));
      await page
        .locator(
          visible(
            `[data-testid="household-claims"] [data-testid="claim-queue-item"][data-claim-id="${claimId}"]`,
          ),
        )
        .first()
        .waitFor({ timeout: 20_000 });
      await shot('claims-household-360.png');
    },
  );

  await step('claims: the new screens in elderly mode (长辈模式)', async () => {
    await setElderly(page, true);
    await page.goto(hashUrl('/packages/claims-work/pages/stats/index'));
    await page.reload();
    await page
      .locator(visible('[data-testid="claims-stats"]'))
      .first()
      .waitFor({ timeout: 20_000 });
    await shot('claims-stats-elderly.png');
    await loginAs('villager');
    for (const [name, path, testid] of [
      ['claims-mine-elderly.png', '/packages/claims/pages/mine/index', 'claims-mine'],
      [
        'claims-claim-elderly.png',
        `/packages/claims/pages/claim/index?claimId=${claimId}`,
        'claim-detail',
      ],
      ['claims-form-elderly.png', '/packages/claims/pages/index/index', 'claim-form'],
    ] as const) {
      await page.goto(hashUrl(path));
      await page.locator(visible('.psv-theme.psv-elderly')).first().waitFor({ timeout: 20_000 });
      await page
        .locator(visible(`[data-testid="${testid}"]`))
        .first()
        .waitFor({ timeout: 20_000 });
      await shot(name);
    }
    await setElderly(page, false);
    await moveClock(0);
  });
}
