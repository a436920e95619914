import { auditCollection } from '../platform/runtime/platform-collections';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { feedbackFunction } from './feedback-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(feedbackFunction);
});
afterEach(() => t.cleanup());

type Cadre = 'village_cadre' | 'village_cadre_b' | 'town_reviewer' | 'city_approver' | 'admin';
interface Case {
  feedbackId: string;
  content: string;
  status: string;
  level: string;
  canAct: boolean;
  deadline: { dueOn: string; daysLeft: number; overdue: boolean } | null;
}

async function submitAs(persona: 'villager' | 'villager_b', content: string) {
  const r = await call(persona, 'submit', { category: 'help', content });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return String(r.data.feedbackId);
}

async function inboxOf(who: Cadre, input: Record<string, unknown> = {}): Promise<Case[]> {
  const r = await call(who, 'inbox', input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data.items as Case[];
}

async function ok(who: Cadre, action: string, input: Record<string, unknown>): Promise<Case> {
  const r = await call(who, action, input);
  if (!r.ok) throw new Error(`${action} as ${who}: ${JSON.stringify(r.error)}`);
  return r.data as unknown as Case;
}

test('the inbox shows each level its own: village, town, city, by due date', async () => {
  // The test clock starts on Saturday 2026-11-28: five working days later is Friday 12-04.
  const a = await submitAs('villager', '祁牟村的路灯坏了');
  t.clock.advance(3 * 86_400_000);
  const b = await submitAs('villager', '祁牟村的水管漏水');
  await submitAs('villager_b', '王坪村的桥需要加固');

  const village = await inboxOf('village_cadre');
  expect(village.map((c) => [c.feedbackId, c.deadline?.dueOn, c.canAct])).toEqual([
    [a, '2026-12-04', true],
    [b, '2026-12-08', true],
  ]);
  expect((await inboxOf('village_cadre_b')).map((c) => c.content)).toEqual(['王坪村的桥需要加固']);
  // Nothing waits for the town or the city yet; they see their area under 全部.
  expect(await inboxOf('town_reviewer')).toEqual([]);
  expect((await inboxOf('town_reviewer', { view: 'all' })).map((c) => c.canAct)).toEqual([
    false,
    false,
  ]);
  expect(await inboxOf('city_approver', { view: 'all' })).toHaveLength(3);
  expect(await inboxOf('admin', { status: 'received' })).toHaveLength(3);
});

test('out of scope is NOT_FOUND for get, reply, markHandled and passUp, and writes nothing', async () => {
  const id = await submitAs('villager_b', '王坪村的桥需要加固');
  await t.tokenFor('village_cadre');
  await t.tokenFor('town_reviewer');
  const before = t.digest();
  for (const who of ['village_cadre', 'town_reviewer'] as const) {
    for (const [action, input] of [
      ['get', { feedbackId: id }],
      ['reply', { feedbackId: id, reply: '收到' }],
      ['markHandled', { feedbackId: id }],
      ['passUp', { feedbackId: id }],
    ] as const) {
      expect(await call(who, action, input)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  }
  expect(t.digest()).toBe(before);
});

test('bad input is VALIDATION_FAILED in Chinese and writes nothing', async () => {
  const id = await submitAs('villager', '祁牟村的路灯坏了');
  await t.tokenFor('village_cadre');
  const before = t.digest();
  expect(await call('village_cadre', 'reply', { feedbackId: id, reply: ' ' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { reply: expect.stringContaining('字') } },
  });
  expect(await call('village_cadre', 'reply', { feedbackId: id })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await call('village_cadre', 'passUp', { feedbackId: id, note: '镇' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { note: expect.stringContaining('字') } },
  });
  expect(await call('village_cadre', 'inbox', { status: 'lost' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await call('village_cadre', 'markHandled', { feedbackId: id })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('请先答复') },
  });
  expect(t.digest()).toBe(before);
});

test('a reply notifies the villager (feedback.answered), is audited, then 已处理 closes it', async () => {
  const id = await submitAs('villager', '祁牟村的路灯坏了');
  const answered = await ok('village_cadre', 'reply', {
    feedbackId: id,
    reply: '明天安排电工修理',
  });
  expect(answered).toMatchObject({ status: 'answered', deadline: null, canAct: true });
  const notices = await notificationOutbox(t.store);
  expect(notices).toMatchObject([
    { template: 'feedback.answered', data: { feedbackId: id, byLevel: 'village' } },
  ]);
  expect(await inboxOf('village_cadre')).toEqual([]);
  expect((await inboxOf('village_cadre', { status: 'answered' })).map((c) => c.feedbackId)).toEqual(
    [id],
  );

  const handled = await ok('village_cadre', 'markHandled', { feedbackId: id });
  expect(handled).toMatchObject({ status: 'handled', canAct: false });
  expect(await call('village_cadre', 'reply', { feedbackId: id, reply: '再说一句' })).toMatchObject(
    { ok: false, error: { code: 'CONFLICT' } },
  );
  const audit = await t.store
    .collection(auditCollection)
    .find({ entity: 'feedback', entityId: id }, { sort: [['at', 'asc']] });
  expect(audit.items.map((a) => a.to).sort()).toEqual(['answered', 'handled', 'received']);
  expect(await call('villager', 'mine', {})).toMatchObject({
    ok: true,
    data: {
      items: [{ status: 'handled', replies: [{ text: '明天安排电工修理', byLevel: 'village' }] }],
    },
  });
});

test('passing up moves it to the town with a fresh deadline; the village keeps read access', async () => {
  const id = await submitAs('villager', '祁牟村的路灯坏了');
  // Tuesday 12-01: the town's 5 working days run to Tuesday 12-08.
  t.clock.set(new Date('2026-12-01T02:00:00Z'));
  const moved = await ok('village_cadre', 'passUp', { feedbackId: id, note: '村里没有电工' });
  expect(moved).toMatchObject({
    status: 'passed_up',
    level: 'town',
    canAct: false,
    deadline: { dueOn: '2026-12-08', overdue: false },
  });
  expect(await inboxOf('village_cadre')).toEqual([]);
  expect((await inboxOf('village_cadre', { status: 'passed_up' })).map((c) => c.canAct)).toEqual([
    false,
  ]);
  expect(await call('village_cadre', 'get', { feedbackId: id })).toMatchObject({
    ok: true,
    data: { level: 'town' },
  });
  expect(await call('village_cadre', 'reply', { feedbackId: id, reply: '村里答复' })).toMatchObject(
    { ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('镇上') } },
  );
  const town = await inboxOf('town_reviewer');
  expect(town.map((c) => [c.feedbackId, c.canAct, c.deadline?.dueOn])).toEqual([
    [id, true, '2026-12-08'],
  ]);
  await ok('town_reviewer', 'passUp', { feedbackId: id });
  expect((await inboxOf('city_approver')).map((c) => c.level)).toEqual(['city']);
  expect(await call('city_approver', 'passUp', { feedbackId: id })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  await ok('city_approver', 'reply', { feedbackId: id, reply: '市里协调供电所处理' });
  expect(await call('villager', 'mine', {})).toMatchObject({
    ok: true,
    data: { items: [{ status: 'answered', replies: [{ byLevel: 'city' }] }] },
  });
});

test('after 5 working days without an answer it is marked overdue', async () => {
  await submitAs('villager', '祁牟村的路灯坏了');
  // Friday 12-04 (China) is the last day.
  t.clock.set(new Date('2026-12-04T15:00:00Z'));
  expect((await inboxOf('village_cadre'))[0]?.deadline).toEqual({
    dueOn: '2026-12-04',
    daysLeft: 0,
    overdue: false,
  });
  // 12-04 23:30 UTC is Saturday 12-05 in China.
  t.clock.set(new Date('2026-12-04T16:30:00Z'));
  expect((await inboxOf('village_cadre'))[0]?.deadline).toMatchObject({
    dueOn: '2026-12-04',
    overdue: true,
  });
});
