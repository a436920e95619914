import { INVITATION_HOURS } from '../../shared/src/households/join-requests';
import { auditCollection, usersCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { invitationsCollection } from './household-collections';
import { householdsFunction } from './households-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

const HH = 'hh-demo-qimou-01'; // 马文礼 (the `villager` persona) is its head
const stranger = (n: number | string) => ({ persona: 'villager' as const, as: `joiner-${n}` });

async function codeFor(householdId = HH): Promise<string> {
  const inv = await call('village_cadre', 'issueInvitation', { householdId });
  if (!inv.ok) throw new Error(JSON.stringify(inv));
  return String(inv.data.code);
}

async function linkedTo(householdId: string): Promise<number> {
  return t.store.collection(usersCollection).count({ householdId });
}

async function pending(who: Parameters<typeof call>[0], householdId = HH) {
  const r = await call(who, 'joinRequests', { householdId });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as {
    items: Array<{ requestId: string; userName: string; status: string }>;
    linked: Array<{ userId: string; name: string; isHead: boolean }>;
  };
}

test('50 parallel joins with one code attach no account; the requesters see nothing of the household', async () => {
  const code = await codeFor();
  const before = await linkedTo(HH);
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) => call(stranger(i), 'join', { code })),
  );
  const codes = results.map((r) => (r.ok ? String(r.data.status) : r.error.code));
  expect(codes.filter((c) => c === 'pending')).toHaveLength(10);
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(40);
  expect(await linkedTo(HH)).toBe(before);
  for (const r of results) {
    const text = JSON.stringify(r);
    for (const secret of ['马文礼', '韩秀英', 'chronic', '46800', 'members'])
      expect(text).not.toContain(secret);
  }
  for (let i = 0; i < 50; i += 7) {
    const mine = await call(stranger(i), 'mine', {});
    expect(mine).toMatchObject({ ok: true, data: { household: null } });
    expect(JSON.stringify(mine)).not.toContain('韩秀英');
    for (const action of ['get', 'timeline'])
      expect(await call(stranger(i), action, { householdId: HH })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
  }
  const first = results.find((r) => r.ok);
  expect(first).toMatchObject({ ok: true, data: { status: 'pending', villageName: '祁牟村' } });
  expect(await call(stranger(0), 'mine', {})).toMatchObject({
    ok: true,
    data: { household: null, joinRequest: { status: expect.any(String), villageName: '祁牟村' } },
  });
});

test('the head approves or declines; only then is the account linked; every step is audited and on the timeline', async () => {
  const code = await codeFor();
  expect(await call(stranger('a'), 'join', { code })).toMatchObject({
    ok: true,
    data: { status: 'pending' },
  });
  t.clock.advance(1000);
  expect(await call(stranger('b'), 'join', { code })).toMatchObject({
    ok: true,
    data: { status: 'pending' },
  });
  // Asking twice is the same request.
  expect((await call(stranger('a'), 'join', { code: code.toLowerCase() })).ok).toBe(true);
  const list = await pending('villager');
  expect(list.items.map((r) => r.userName).sort()).toEqual(['马joiner-a', '马joiner-b']);
  expect(list.linked).toEqual([expect.objectContaining({ name: '马文礼', isHead: true })]);
  const [a, b] = [...list.items].sort((x, y) => x.userName.localeCompare(y.userName));

  // Nobody else decides: another village's cadre, the town, an unlinked requester.
  for (const who of ['village_cadre_b', stranger('b')] as const)
    expect(
      await call(who, 'decideJoin', { requestId: a?.requestId, decision: 'approve' }),
    ).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) },
    });
  expect(
    await call('town_reviewer', 'decideJoin', { requestId: a?.requestId, decision: 'approve' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });

  t.clock.advance(1000);
  expect(
    await call('villager', 'decideJoin', { requestId: a?.requestId, decision: 'approve' }),
  ).toMatchObject({
    ok: true,
    data: { status: 'approved' },
  });
  t.clock.advance(1000);
  expect(
    await call('village_cadre', 'decideJoin', { requestId: b?.requestId, decision: 'decline' }),
  ).toMatchObject({
    ok: true,
    data: { status: 'declined' },
  });
  expect(
    await call('villager', 'decideJoin', { requestId: a?.requestId, decision: 'decline' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  expect(await call(stranger('a'), 'mine', {})).toMatchObject({
    ok: true,
    data: { household: { householdId: HH, members: expect.any(Array) } },
  });
  expect(await call(stranger('b'), 'mine', {})).toMatchObject({
    ok: true,
    data: { household: null, joinRequest: { status: 'declined' } },
  });

  // A linked member who is not the head cannot decide or remove.
  const memberA = (await pending('villager')).linked.find((u) => u.name === '马joiner-a');
  expect(await call(stranger('a'), 'joinRequests', { householdId: HH })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  // The head removes the account; it sees nothing again.
  t.clock.advance(1000);
  expect(
    await call('villager', 'removeMember', { householdId: HH, userId: memberA?.userId }),
  ).toMatchObject({
    ok: true,
    data: { removed: true },
  });
  expect(await call(stranger('a'), 'get', { householdId: HH })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const headId = (await pending('villager')).linked[0]?.userId;
  expect(await call('villager', 'removeMember', { householdId: HH, userId: headId })).toMatchObject(
    {
      ok: false,
      error: { code: 'CONFLICT' },
    },
  );

  const tl = await call('village_cadre', 'timeline', { householdId: HH });
  const kinds = tl.ok ? (tl.data.items as Array<{ kind: string }>).map((e) => e.kind) : [];
  expect(kinds.slice(0, 5)).toEqual([
    'household.member_removed',
    'household.join_declined',
    'household.member_joined',
    'household.join_requested',
    'household.join_requested',
  ]);
  const audit = (await t.store.collection(auditCollection).find({ entityId: HH }, { limit: 100 }))
    .items;
  const notes = audit.map((e) => `${e.action}:${e.to ?? ''}`);
  expect(notes).toEqual(
    expect.arrayContaining([
      'join:pending',
      'decideJoin:approved',
      'decideJoin:declined',
      'removeMember:removed',
    ]),
  );
});

test('the village cadre sees the village’s pending requests and may remove a linked account', async () => {
  await call('villager', 'mine', {}); // the head's account exists
  const code = await codeFor('hh-demo-qimou-03');
  await call(stranger('c'), 'join', { code });
  const village = await call('village_cadre', 'joinRequests', {});
  expect(village).toMatchObject({
    ok: true,
    data: { items: [expect.objectContaining({ headName: '祁建军', userName: '马joiner-c' })] },
  });
  expect(await call('village_cadre_b', 'joinRequests', {})).toMatchObject({
    ok: true,
    data: { items: [] },
  });
  expect(
    await call('village_cadre', 'removeMember', { householdId: HH, userId: 'nobody' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const head = (await pending('village_cadre')).linked[0];
  expect(
    await call('village_cadre', 'removeMember', { householdId: HH, userId: head?.userId }),
  ).toMatchObject({
    ok: true,
  });
  expect(await call('villager', 'mine', {})).toMatchObject({ ok: true, data: { household: null } });
});

test(`codes expire after ${INVITATION_HOURS} hours; a linked account cannot join another; joins are limited per day`, async () => {
  const code = await codeFor();
  expect(await call('villager', 'join', { code })).toMatchObject({
    ok: true,
    data: { status: 'approved' },
  });
  expect(await call('villager', 'join', { code: await codeFor('hh-demo-qimou-03') })).toMatchObject(
    {
      ok: false,
      error: { code: 'CONFLICT' },
    },
  );
  t.clock.advance((INVITATION_HOURS + 1) * 3_600_000);
  expect(await call(stranger('late'), 'join', { code })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const guesser = stranger('guess');
  const tries = [];
  for (let i = 0; i < 12; i++)
    tries.push(await call(guesser, 'join', { code: `ZZZZZZ${'ABCDEFGHJKMN'[i] ?? 'P'}Q` }));
  expect(tries.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
    ...Array<string>(10).fill('NOT_FOUND'),
    'RATE_LIMITED',
    'RATE_LIMITED',
  ]);
});

test('a code whose expiry was written with an offset expires at that instant, not by its text', async () => {
  const code = await codeFor();
  // 09:30 in Beijing is 01:30 UTC: half an hour before the test clock's 02:00 UTC.
  await t.store
    .collection(invitationsCollection)
    .update(code, { set: { expiresAt: '2026-11-28T09:30:00+08:00' } });
  expect(await call(stranger('tz'), 'join', { code })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});
