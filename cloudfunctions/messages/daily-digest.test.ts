import { feedbackFunction } from '../feedback/feedback-function';
import { riskKit } from '../risk/risk-test-kit';
import { usersFunction } from '../users/users-function';
import { messagesCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { withTimerTask } from '../platform/cloudbase-timer';
import { createFunctionEntry } from '../platform/runtime/run-action';
import { dailyDigestTimerTask, digestMessageId, sendDailyDigests } from './daily-digest';
import { messagesFunction } from './messages-function';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const run = (options?: Parameters<typeof sendDailyDigests>[1]) =>
  sendDailyDigests({ store: t.store, clock: t.clock, logger: quiet }, options);

type Persona = 'village_cadre' | 'village_cadre_b' | 'town_reviewer' | 'city_approver' | 'insurer';
async function userId(persona: Persona | 'villager'): Promise<string> {
  const r = await t.client(usersFunction)(persona, 'me');
  if (!r.ok) throw new Error('me failed');
  return String(r.data.userId);
}
async function digests(persona: Persona) {
  const r = await t.client(messagesFunction)(persona, 'list', {});
  if (!r.ok) throw new Error('list failed');
  return (r.data.items as Array<{ template: string; text: string; url: string | null }>).filter(
    (m) => m.template === 'officials.daily_digest',
  );
}

/** A risk report and a feedback from 马文礼 (祁牟村) on Monday 2026-11-23, 09:00 China time. */
async function mondayWork() {
  for (const p of [
    'village_cadre',
    'village_cadre_b',
    'town_reviewer',
    'city_approver',
    'insurer',
  ] as const)
    await userId(p);
  t.clock.set(new Date('2026-11-23T01:00:00Z'));
  const k = riskKit(t);
  const report = await k.ok('villager', 'submit', k.report());
  const fb = await t.client(feedbackFunction)('villager', 'submit', {
    category: 'help',
    content: '村口的路灯坏了三盏',
  });
  if (!fb.ok) throw new Error('feedback failed');
  return { report, feedbackId: String(fb.data.feedbackId) };
}

test('on a working morning the village cadre gets one digest of what is late or nearly due', async () => {
  const { report } = await mondayWork();
  expect(report.deadline?.dueOn).toBe('2026-11-30');
  // Before 08:00 China time: nothing.
  t.clock.set(new Date('2026-11-26T23:30:00Z')); // Friday 07:30
  expect(await run()).toMatchObject({ idle: 1, sent: 0 });
  // Friday 08:30: both are due by Monday, the next working day.
  t.clock.set(new Date('2026-11-27T00:30:00Z'));
  expect(await run()).toMatchObject({ idle: 0, officials: 5, sent: 1, unfinished: 0 });
  const [digest] = await digests('village_cadre');
  expect(digest).toMatchObject({
    text: '今天的待办：快到期 2 件（返贫风险申报 1 件、意见反馈 1 件），点开去处理。',
    url: '/packages/households/pages/workbench/index',
  });
  // Nothing of any family in it; nothing for another village or the next levels yet.
  expect(JSON.stringify(digest)).not.toMatch(/马|路灯|住院|手术|1389/);
  expect(await digests('village_cadre_b')).toEqual([]);
  expect(await digests('town_reviewer')).toEqual([]);
  // A second run the same day sends nothing more.
  expect(await run()).toMatchObject({ idle: 1, sent: 0 });
  expect(await digests('village_cadre')).toHaveLength(1);
});

test('weekends are skipped; the next working morning counts what became late', async () => {
  await mondayWork();
  t.clock.set(new Date('2026-11-28T02:00:00Z')); // Saturday
  expect(await run()).toMatchObject({ idle: 1 });
  t.clock.set(new Date('2026-12-01T00:10:00Z')); // Tuesday 08:10: due Monday, now late
  expect(await run()).toMatchObject({ sent: 1 });
  const [latest] = await digests('village_cadre');
  expect(latest?.text).toBe(
    '今天的待办：已超期 2 件（返贫风险申报 1 件、意见反馈 1 件），点开去处理。',
  );
});

test('feedback passed up is the town’s: the town reviewer gets it, the village no longer', async () => {
  const { feedbackId } = await mondayWork();
  t.clock.set(new Date('2026-11-25T02:00:00Z')); // passed up on Wednesday
  const passed = await t.client(feedbackFunction)('village_cadre', 'passUp', {
    feedbackId,
    note: '需要镇上协调电力所',
  });
  expect(passed.ok).toBe(true);
  t.clock.set(new Date('2026-11-27T00:30:00Z'));
  await run();
  expect((await digests('village_cadre'))[0]?.text).toBe(
    '今天的待办：快到期 1 件（返贫风险申报 1 件），点开去处理。',
  );
  // Passing up restarts the town's 5 working days: due the next Wednesday, not soon on Friday.
  expect(await digests('town_reviewer')).toEqual([]);
  t.clock.set(new Date('2026-12-01T00:30:00Z')); // Tuesday: due tomorrow
  await run();
  expect((await digests('town_reviewer'))[0]?.text).toMatch(/意见反馈 1 件/);
});

test('a run that runs out of time stops; the next goes on and nobody gets two', async () => {
  await mondayWork();
  t.clock.set(new Date('2026-11-27T00:30:00Z'));
  let steady = 0;
  // Each look at the clock costs a minute: the budget is spent after the first official.
  const first = await run({ budgetMs: 90_000, steadyNow: () => (steady += 60_000) });
  expect(first.unfinished).toBe(1);
  const second = await run();
  expect(second.unfinished).toBe(0);
  expect(first.sent + second.sent).toBe(1);
  const cadre = await userId('village_cadre');
  const stored = await t.store
    .collection(messagesCollection)
    .find({ userId: cadre, template: 'officials.daily_digest' });
  expect(stored.items.map((m) => m._id)).toEqual([digestMessageId('2026-11-27', cadre)]);
  expect(await run()).toMatchObject({ idle: 1 });
});

test("the messages function's hourly timer event sends the digest; a call dressed as one does not", async () => {
  await mondayWork();
  t.clock.set(new Date('2026-11-27T00:30:00Z'));
  const deps = () => t.platform.deps;
  const main = withTimerTask(
    createFunctionEntry(messagesFunction, t.platform.deps),
    deps,
    dailyDigestTimerTask,
  );
  const timer = { Type: 'Timer', TriggerName: 'daily-digest', Time: '2026-11-27T00:00:00Z' };
  const asCaller = { environment: JSON.stringify({ WX_OPENID: 'oUserOpenid123456' }) };
  expect((await main(timer, asCaller)).ok).toBe(false);
  expect(await digests('village_cadre')).toEqual([]);
  expect(await main(timer, { environment: '{}' })).toMatchObject({
    ok: true,
    data: { sent: 1, unfinished: 0 },
  });
  expect(await digests('village_cadre')).toHaveLength(1);
});
