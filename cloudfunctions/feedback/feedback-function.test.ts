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

async function submitAs(persona: 'villager' | 'villager_b', content: string) {
  const r = await call(persona, 'submit', {
    category: 'suggestion',
    content,
    contact: '13912345678',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return String(r.data.feedbackId);
}

test('a villager submits and sees their own feedback only', async () => {
  await submitAs('villager', '希望村里多组织几次电焊培训');
  await submitAs('villager_b', '王坪村的水渠需要修一修');
  const mine = await call('villager', 'mine', {});
  expect(mine).toMatchObject({
    ok: true,
    data: { items: [{ content: '希望村里多组织几次电焊培训', status: 'received' }] },
  });
  expect(mine.ok && (mine.data.items as unknown[]).length).toBe(1);
});

test('blocked words are refused with a clear message and nothing is stored', async () => {
  await t.tokenFor('villager');
  const before = t.digest();
  const r = await call('villager', 'submit', {
    category: 'other',
    content: '有人在村里组织 赌-博 活动',
  });
  expect(r).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { content: expect.stringContaining('不适合发布') },
    },
  });
  expect(t.digest()).toBe(before);
});

test('cadres see their scope only, with the contact masked', async () => {
  await submitAs('villager', '祁牟村的反馈内容');
  await submitAs('villager_b', '王坪村的反馈内容');
  const contents = async (
    p: 'village_cadre' | 'village_cadre_b' | 'town_reviewer' | 'city_approver',
  ) => {
    const r = await call(p, 'inbox', { view: 'all' });
    return r.ok ? (r.data.items as Array<{ content: string }>).map((i) => i.content).sort() : r;
  };
  expect(await contents('village_cadre')).toEqual(['祁牟村的反馈内容']);
  expect(await contents('village_cadre_b')).toEqual(['王坪村的反馈内容']);
  expect(await contents('town_reviewer')).toEqual(['祁牟村的反馈内容']);
  expect(await contents('city_approver')).toEqual(['王坪村的反馈内容', '祁牟村的反馈内容']);
  const r = await call('village_cadre', 'inbox', {});
  expect(JSON.stringify(r)).toContain('139****5678');
  expect(JSON.stringify(r)).not.toContain('13912345678');
});

test('replying is scoped: out of scope is NOT_FOUND; a reply notifies the villager', async () => {
  const id = await submitAs('villager', '路灯坏了请尽快修理');
  expect(await call('village_cadre_b', 'reply', { feedbackId: id, reply: '已转交' })).toMatchObject(
    { ok: false, error: { code: 'NOT_FOUND' } },
  );
  expect(
    await call('village_cadre', 'reply', { feedbackId: id, reply: '明天安排电工修理' }),
  ).toMatchObject({
    ok: true,
    data: { status: 'answered', reply: '明天安排电工修理' },
  });
  const queued = await notificationOutbox(t.store);
  expect(queued.map((n) => n.template)).toEqual(['feedback.answered']);
  expect(await call('villager', 'mine', {})).toMatchObject({
    ok: true,
    data: {
      items: [
        {
          status: 'answered',
          reply: '明天安排电工修理',
          replies: [
            { text: '明天安排电工修理', byLevel: 'village', at: '2026-11-28T02:00:00.000Z' },
          ],
        },
      ],
    },
  });
});

test('phone and ID numbers typed into feedback show only their last 4 to cadres, in full to the author', async () => {
  const text = '我儿子的身份证622921198001010111，电话138 1234 5678，请联系';
  const id = await submitAs('villager', text);
  const listed = await call('village_cadre', 'inbox', {});
  expect(listed).toMatchObject({
    ok: true,
    data: {
      items: [{ content: '我儿子的身份证**************0111，电话*** **** 5678，请联系' }],
    },
  });
  expect(JSON.stringify(listed)).not.toContain('13812345678');
  const replied = await call('village_cadre', 'reply', { feedbackId: id, reply: '已联系村医' });
  expect(JSON.stringify(replied)).not.toContain('198001010111');
  expect(await call('villager', 'mine', {})).toMatchObject({
    ok: true,
    data: { items: [{ content: text }] },
  });
});
