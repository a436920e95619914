import {
  consentId,
  subscriptionConsentsCollection,
} from '../cloudfunctions/notifyDispatch/subscription-consents';
import type { DispatchResult } from '../cloudfunctions/notifyDispatch/dispatch-outbox';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import type { SubscriptionMessage } from '../cloudfunctions/platform/ports/subscription-sender';
import { createRecordingSender } from '../cloudfunctions/platform/ports/subscription-sender';
import {
  outboxCollection,
  usersCollection,
} from '../cloudfunctions/platform/runtime/platform-collections';
import type { TestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import { createTestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import { startNoticeDispatchLoop } from './notice-dispatch-loop';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
  await t.store.ensureCollections([subscriptionConsentsCollection]);
});
afterEach(() => t.cleanup());

test('the gateway runs the dispatcher on an interval and records what it would send', async () => {
  const openid = await ensureDevUser(
    t.store,
    t.clock,
    'villager',
    undefined,
    t.platform.deps.dataKeys,
  );
  const user = (await t.store.collection(usersCollection).find({ openid })).items[0];
  if (!user) throw new Error('no villager');
  await t.store.collection(subscriptionConsentsCollection).insert({
    _id: consentId(user._id, 'training'),
    userId: user._id,
    kind: 'training',
    templateId: 'local-training-template',
    remaining: 1,
    lastAnswer: 'accept',
    answeredAt: t.clock.now().toISOString(),
  });
  await t.platform.deps.notifier.notify({
    userId: user._id,
    template: 'training.promoted',
    data: { courseId: 'k1', courseTitle: '电商直播入门' },
  });
  const seen: SubscriptionMessage[] = [];
  const runs: DispatchResult[] = [];
  const loop = startNoticeDispatchLoop({
    platform: t.platform,
    logger: t.logger,
    everyMs: 20,
    sender: createRecordingSender((m) => seen.push(m)),
    onRun: (r) => runs.push(r),
  });
  try {
    for (let i = 0; i < 200 && runs.length < 3; i += 1) await new Promise((r) => setTimeout(r, 20));
  } finally {
    loop.stop();
  }
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({
    touser: openid,
    template_id: 'local-training-template',
    page: 'packages/training/pages/course/index?id=k1',
    miniprogram_state: 'developer',
  });
  const doc = (
    await t.store.collection(outboxCollection).find({ template: 'training.promoted' })
  ).items.find((d) => d.userId === user._id);
  expect(doc?.status).toBe('sent');
});
