import { ensureDevUser } from '../platform/adapters/local/dev-personas';
import type { SubscribeConfig } from '../platform/env';
import type {
  SendOutcome,
  SubscriptionMessage,
  SubscriptionSender,
} from '../platform/ports/subscription-sender';
import { createRecordingSender } from '../platform/ports/subscription-sender';
import { createOutboxNotifier } from '../platform/runtime/outbox-notifier';
import { outboxCollection, usersCollection } from '../platform/runtime/platform-collections';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { createTestPlatform } from '../platform/test-support/test-platform';
import { backoffMs, dispatchOutbox } from './dispatch-outbox';
import { consentId, subscriptionConsentsCollection } from './subscription-consents';

const subscribe: SubscribeConfig = {
  templates: { progress: 'progress-template-1', training: 'training-template-1' },
  miniprogramState: 'trial',
};

let t: TestPlatform;
let userId: string;
let openid: string;

beforeEach(async () => {
  t = await createTestPlatform();
  await t.store.ensureCollections([subscriptionConsentsCollection]);
  openid = await ensureDevUser(t.store, t.clock, 'villager', undefined, t.platform.deps.dataKeys);
  const user = (await t.store.collection(usersCollection).find({ openid })).items[0];
  if (!user) throw new Error('no villager');
  userId = user._id;
  // Only the notices of this test.
  for (const d of (await t.store.collection(outboxCollection).find({}, { limit: 1000 })).items)
    await t.store.collection(outboxCollection).remove(d._id);
});
afterEach(() => t.cleanup());

async function consent(remaining: number, kind: 'progress' | 'training' = 'progress') {
  await t.store.collection(subscriptionConsentsCollection).insert({
    _id: consentId(userId, kind),
    userId,
    kind,
    templateId: subscribe.templates[kind] ?? '',
    remaining,
    lastAnswer: 'accept',
    answeredAt: t.clock.now().toISOString(),
  });
}

async function notice(template = 'risk.returned', data: Record<string, string> = {}) {
  await createOutboxNotifier(t.store, t.clock).notify({
    userId,
    template,
    data: { reportId: 'r1', message: '申报退回了，需要补充：收入证明', ...data },
  });
}

const outbox = async () =>
  (await t.store.collection(outboxCollection).find({}, { sort: [['createdAt', 'asc']] })).items;
const remaining = async (kind = 'progress' as const) =>
  (await t.store.collection(subscriptionConsentsCollection).get(consentId(userId, kind)))
    ?.remaining;

function run(sender: SubscriptionSender, config = subscribe) {
  return dispatchOutbox(
    { store: t.store, clock: t.clock, logger: t.logger, sender, subscribe: config },
    { baseDelayMs: 60_000, maxAttempts: 3 },
  );
}

/** Answers in turn; the last answer repeats. */
function scriptedSender(...answers: SendOutcome[]) {
  const calls: SubscriptionMessage[] = [];
  return {
    calls,
    send(m: SubscriptionMessage) {
      calls.push(m);
      return Promise.resolve(
        answers[Math.min(calls.length - 1, answers.length - 1)] ?? { ok: true },
      );
    },
  } satisfies SubscriptionSender & { calls: SubscriptionMessage[] };
}

describe('the notification dispatcher', () => {
  test('sends a queued notice as a subscription message to the user, uses one consent, marks it sent', async () => {
    await consent(2);
    await notice();
    const sender = createRecordingSender();
    expect(await run(sender)).toEqual({
      sent: 1,
      failed: 0,
      skipped: 0,
      retrying: 0,
      contended: 0,
    });
    expect(sender.sent).toEqual([
      {
        touser: openid,
        template_id: 'progress-template-1',
        page: 'packages/risk/pages/report/index?id=r1',
        data: {
          thing1: { value: '返贫风险申报' },
          phrase2: { value: '已退回' },
          thing3: { value: '申报退回了，需要补充：收入证明' },
          time4: { value: '2026年11月28日 10:00' },
        },
        miniprogram_state: 'trial',
        lang: 'zh_CN',
      },
    ]);
    expect(await outbox()).toMatchObject([{ status: 'sent', attempts: 1, outcome: null }]);
    expect(await remaining()).toBe(1);
    // Nothing left to do.
    expect((await run(sender)).sent).toBe(0);
    expect(sender.sent).toHaveLength(1);
  });

  test('a notice without consent is skipped and recorded, never lost; so is one with no template id', async () => {
    await notice();
    await notice('training.completed', { courseTitle: '电工', serial: 'S1' });
    await notice('digest.daily');
    const sender = createRecordingSender();
    const config = { ...subscribe, templates: { progress: 'progress-template-1' } };
    expect(await run(sender, config)).toMatchObject({ sent: 0, skipped: 3 });
    expect(sender.sent).toHaveLength(0);
    const docs = await outbox();
    expect(docs.map((d) => [d.template, d.status, d.outcome]).sort()).toEqual([
      ['digest.daily', 'skipped', 'no-subscription-template'],
      ['risk.returned', 'skipped', 'no-consent'],
      ['training.completed', 'skipped', 'no-template-id'],
    ]);
    expect(docs.every((d) => d.finishedAt)).toBe(true);
  });

  test('one accept sends one message: the second notice is skipped for want of consent', async () => {
    await consent(1);
    await notice();
    t.clock.advance(1000);
    await notice('risk.city_approved');
    const sender = createRecordingSender();
    expect(await run(sender)).toMatchObject({ sent: 1, skipped: 1 });
    expect((await outbox()).map((d) => d.status)).toEqual(['sent', 'skipped']);
    expect(await remaining()).toBe(0);
  });

  test('a consent given for another template id (config changed) counts as none', async () => {
    await consent(3);
    await notice();
    const config = { ...subscribe, templates: { progress: 'new-progress-template' } };
    expect(await run(createRecordingSender(), config)).toMatchObject({ skipped: 1 });
  });

  test('transient errors are retried with exponential backoff, then failed after the cap', async () => {
    await consent(1);
    await notice();
    const sender = scriptedSender({ ok: false, retry: true, code: '-1' });
    expect(await run(sender)).toMatchObject({ retrying: 1 });
    let [doc] = await outbox();
    expect(doc).toMatchObject({
      status: 'queued',
      attempts: 1,
      outcome: '-1',
      nextAttemptAt: '2026-11-28T02:01:00.000Z',
    });
    // The subscription was not used up by a send that did not happen.
    expect(await remaining()).toBe(1);
    // Not due yet: nothing is sent.
    t.clock.advance(59_000);
    await run(sender);
    expect(sender.calls).toHaveLength(1);
    t.clock.advance(1_000);
    await run(sender);
    [doc] = await outbox();
    expect(doc).toMatchObject({
      status: 'queued',
      attempts: 2,
      nextAttemptAt: '2026-11-28T02:03:00.000Z',
    });
    t.clock.advance(120_000);
    expect(await run(sender)).toMatchObject({ failed: 1 });
    [doc] = await outbox();
    expect(doc).toMatchObject({ status: 'failed', attempts: 3, outcome: 'gave-up:-1' });
    expect(sender.calls).toHaveLength(3);
  });

  test('a retry that then succeeds is sent once', async () => {
    await consent(1);
    await notice();
    const sender = scriptedSender({ ok: false, retry: true, code: 'timeout' }, { ok: true });
    await run(sender);
    t.clock.advance(60_000);
    expect(await run(sender)).toMatchObject({ sent: 1 });
    expect((await outbox())[0]?.status).toBe('sent');
    expect(await remaining()).toBe(0);
  });

  test.each([
    ['43101', 0],
    ['40003', 1],
  ])(
    'permanent error %s fails the notice at once (43101 also clears the consent)',
    async (code, left) => {
      await consent(2);
      await notice();
      const sender = scriptedSender({ ok: false, retry: false, code });
      expect(await run(sender)).toMatchObject({ failed: 1 });
      expect((await outbox())[0]).toMatchObject({ status: 'failed', outcome: code, attempts: 1 });
      expect(await remaining()).toBe(left);
      t.clock.advance(3_600_000);
      await run(sender);
      expect(sender.calls).toHaveLength(1);
    },
  );

  test('two runs at once send each notice once', async () => {
    await consent(10);
    for (let i = 0; i < 5; i += 1) await notice('risk.returned', { reportId: `r${i}` });
    const seen: string[] = [];
    const slow: SubscriptionSender = {
      async send(m) {
        seen.push(m.page);
        await new Promise((r) => setTimeout(r, 5));
        return { ok: true };
      },
    };
    const [a, b] = await Promise.all([run(slow), run(slow)]);
    expect(a.sent + b.sent).toBe(5);
    expect(a.contended + b.contended).toBe(5);
    expect(seen.sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `packages/risk/pages/report/index?id=r${i}`),
    );
    expect((await outbox()).every((d) => d.status === 'sent')).toBe(true);
    expect(await remaining()).toBe(5);
  });

  test('a claim left by a run that died is taken over after its lease, without another consent', async () => {
    await consent(1);
    await notice();
    const dying: SubscriptionSender = { send: () => Promise.reject(new Error('instance killed')) };
    await expect(run(dying)).rejects.toThrow('instance killed');
    expect((await outbox())[0]?.status).toBe('sending');
    expect(await remaining()).toBe(0);
    const sender = createRecordingSender();
    await run(sender);
    expect(sender.sent).toHaveLength(0);
    t.clock.advance(5 * 60_000 + 1);
    expect(await run(sender)).toMatchObject({ sent: 1 });
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  test('a run stops starting notices when its time budget is spent; the rest wait, queued', async () => {
    await consent(5);
    for (let i = 0; i < 3; i += 1) await notice('risk.returned', { reportId: `r${i}` });
    let steady = 0;
    const sender: SubscriptionSender = {
      send: () => {
        steady += 1000;
        return Promise.resolve({ ok: true });
      },
    };
    const r = await dispatchOutbox(
      { store: t.store, clock: t.clock, logger: t.logger, sender, subscribe },
      { budgetMs: 2000, steadyNow: () => steady },
    );
    expect(r.sent).toBe(2);
    expect((await outbox()).map((d) => d.status).sort()).toEqual(['queued', 'sent', 'sent']);
  });

  test('backoff doubles up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000))).toEqual([1000, 2000, 4000, 5000]);
  });
});
