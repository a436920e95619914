import { feedbackFunction } from '../feedback/feedback-function';
import { riskKit } from '../risk/risk-test-kit';
import { trainingFunction } from '../training/training-function';
import { usersFunction } from '../users/users-function';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { createOutboxNotifier } from '../platform/runtime/outbox-notifier';
import { messagesCollection } from '../platform/runtime/platform-collections';
import { pruneExpiredRecords } from '../platform/runtime/prune-expired-records';
import { messagesFunction } from './messages-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(messagesFunction);
});
afterEach(() => t.cleanup());

type Who = Parameters<typeof call>[0];
interface Item {
  messageId: string;
  template: string;
  text: string;
  url: string | null;
  read: boolean;
  createdAt: string;
}

async function data(who: Who, action: string, payload: unknown = {}) {
  const r = await call(who, action, payload);
  if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)}`);
  return r.data;
}
const list = async (who: Who, payload: unknown = {}) =>
  (await data(who, 'list', payload)) as { items: Item[]; nextCursor: string | null };
const unread = async (who: Who) => ((await data(who, 'unreadCount')) as { count: number }).count;

async function userIdOf(persona: 'villager' | 'villager_b'): Promise<string> {
  const r = await t.client(usersFunction)(persona, 'me');
  if (!r.ok) throw new Error('me failed');
  return String(r.data.userId);
}

/** Writes `n` notices to a user, a minute apart, as any handler does. */
async function notices(userId: string, n: number, template = 'training.promoted') {
  const notifier = createOutboxNotifier(t.store, t.clock);
  for (let i = 0; i < n; i++) {
    t.clock.advance(60_000);
    await notifier.notify({
      userId,
      template,
      data: { courseId: `c${i}`, courseTitle: `课程${i}` },
    });
  }
}

test("a feedback reply becomes the villager's unread message with a link to 我反馈过的", async () => {
  const feedback = t.client(feedbackFunction);
  const sent = await feedback('villager', 'submit', {
    category: 'help',
    content: '路灯坏了请修理',
  });
  if (!sent.ok) throw new Error('submit failed');
  expect(await unread('villager')).toBe(0);
  await feedback('village_cadre', 'reply', { feedbackId: sent.data.feedbackId, reply: '明天修' });
  expect(await unread('villager')).toBe(1);
  const { items } = await list('villager');
  expect(items).toEqual([
    expect.objectContaining({
      template: 'feedback.answered',
      text: '您提的意见，村里已经答复了，点开可以看答复。',
      url: '/packages/feedback/pages/index/index',
      read: false,
    }),
  ]);
  // Only my own: the other villager and the cadre see nothing of it.
  expect((await list('villager_b')).items).toEqual([]);
  expect(await unread('village_cadre')).toBe(0);
});

test('a waitlist promotion writes the message with the outbox row, linking to the course', async () => {
  const training = t.client(trainingFunction);
  const v = (n: number) => ({ persona: 'villager' as const, as: `t${n}` });
  const course = 'course-demo-welding-advanced'; // 2 seats
  for (let i = 0; i < 3; i++) await training(v(i), 'enroll', { courseId: course });
  await training(v(0), 'cancel', { courseId: course });
  const outbox = await notificationOutbox(t.store);
  expect(outbox.map((n) => n.template)).toEqual(['training.promoted']);
  const { items } = await list(v(2));
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    template: 'training.promoted',
    url: `/packages/training/pages/course/index?id=${course}`,
    read: false,
  });
  expect(items[0]?.createdAt).toBe(outbox[0]?.createdAt);
  expect((await list(v(0))).items).toEqual([]);
});

test('risk review steps become messages without the note or illness in them', async () => {
  const k = riskKit(t);
  const r = await k.ok('villager', 'submit', k.report());
  await k.review('village_cadre', r.reportId, 'return', { note: '请补充住院发票，老伴的病历' });
  const { items } = await list('villager');
  expect(items.map((i) => i.template)).toEqual(['risk.returned']);
  expect(items[0]?.url).toBe(`/packages/risk/pages/report/index?id=${r.reportId}`);
  expect(JSON.stringify(items)).not.toMatch(/病历|住院|手术|13893010011/);
  expect((await notificationOutbox(t.store)).map((n) => n.template)).toEqual(['risk.returned']);
});

test('a notice rolled back with its transaction leaves neither the outbox row nor the message', async () => {
  const notifier = createOutboxNotifier(t.store, t.clock);
  const userId = await userIdOf('villager');
  await expect(
    t.store.transaction(async (tx) => {
      await notifier.notify({ userId, template: 'claims.paid', data: { claimId: 'cl1' } }, tx);
      throw new Error('the change failed');
    }),
  ).rejects.toThrow('the change failed');
  expect(await notificationOutbox(t.store)).toEqual([]);
  expect(await unread('villager')).toBe(0);
});

test('list pages newest first with a cursor; unreadOnly narrows it', async () => {
  await notices(await userIdOf('villager'), 5);
  const first = await list('villager', { limit: 2 });
  expect(first.items.map((i) => i.text)).toEqual([
    expect.stringContaining('课程4'),
    expect.stringContaining('课程3'),
  ]);
  expect(first.nextCursor).not.toBeNull();
  const second = await list('villager', { limit: 2, cursor: first.nextCursor });
  expect(second.items.map((i) => i.text)).toEqual([
    expect.stringContaining('课程2'),
    expect.stringContaining('课程1'),
  ]);
  const third = await list('villager', { limit: 2, cursor: second.nextCursor });
  expect(third.items.map((i) => i.text)).toEqual([expect.stringContaining('课程0')]);
  expect(third.nextCursor).toBeNull();

  const id = first.items[0]?.messageId;
  expect(await data('villager', 'markRead', { messageId: id })).toEqual({ marked: 1 });
  expect(await data('villager', 'markRead', { messageId: id })).toEqual({ marked: 0 });
  const unreadOnly = await list('villager', { unreadOnly: true });
  expect(unreadOnly.items).toHaveLength(4);
  expect((await list('villager', { limit: 1 })).items[0]).toMatchObject({ read: true });
});

test("markRead: one of mine, all of mine, never someone else's", async () => {
  await notices(await userIdOf('villager'), 3);
  await notices(await userIdOf('villager_b'), 2);
  const theirs = (await list('villager_b')).items[0]?.messageId;
  expect(await call('villager', 'markRead', { messageId: theirs })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await call('villager', 'markRead', { messageId: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await unread('villager_b')).toBe(2);
  expect(await data('villager', 'markRead', { all: true })).toEqual({ marked: 3 });
  expect(await unread('villager')).toBe(0);
  expect(await unread('villager_b')).toBe(2);
});

test('markRead needs one id or all, with a Chinese field error', async () => {
  for (const payload of [{}, { all: true, messageId: 'x' }, { all: false }]) {
    expect(await call('villager', 'markRead', payload)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  }
  const r = await call('villager', 'markRead', {});
  expect(JSON.stringify(r)).toContain('请选一条消息');
});

test('anonymous callers get UNAUTHENTICATED', async () => {
  expect(await call(null, 'unreadCount', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

test('messages are kept a year, then pruned', async () => {
  const userId = await userIdOf('villager');
  await notices(userId, 1);
  t.clock.advance(200 * 86_400_000);
  await notices(userId, 1);
  t.clock.advance(166 * 86_400_000); // the first is now past 365 days, the second is not
  await pruneExpiredRecords(t.store, t.clock);
  const left = await t.store.collection(messagesCollection).find({ userId });
  expect(left.items).toHaveLength(1);
  t.clock.advance(200 * 86_400_000);
  await pruneExpiredRecords(t.store, t.clock);
  expect(await t.store.collection(messagesCollection).count({ userId })).toBe(0);
});
