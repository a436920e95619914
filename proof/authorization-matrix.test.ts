import type Database from 'better-sqlite3';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { startGatewayProcess } from '../gateway/test-support/gateway-process';
import { EXPECTED_ACCESS_KEYS, expectedAccess } from './expected-access';
import { submitFeedback, validCallFor } from './valid-payloads';
import { ACTIONS, personasAllowedByContract } from './support/action-catalog';
import { PERSONAS } from './support/personas';
import type { ProofDriver } from './support/proof-driver';
import { gatewayDriver } from './support/proof-driver';
import { digestOf, openReadOnly } from './support/sqlite-snapshot';

/**
 * Every action × every persona over HTTP against the real gateway, judged by the hand-written
 * policy in expected-access.ts (not by the contract's own access table).
 */

let gw: GatewayProcess;
let d: ProofDriver;
let db: Database.Database;
beforeAll(async () => {
  gw = await startGatewayProcess({ env: { RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'warn' } });
  d = gatewayDriver(gw.url);
  db = openReadOnly(gw.dataDir);
}, 60_000);
afterAll(async () => {
  db?.close();
  await gw?.stop();
});

test('the expected-access table has exactly one row per action in ALL_FUNCTIONS', () => {
  expect([...EXPECTED_ACCESS_KEYS].sort()).toEqual(ACTIONS.map((a) => a.key).sort());
});

test('the contract agrees with the policy table (readable diff before the HTTP matrix)', () => {
  const fromContract = ACTIONS.map((a) => `${a.key}: ${personasAllowedByContract(a).join(',')}`);
  const fromPolicy = ACTIONS.map(
    (a) => `${a.key}: ${PERSONAS.filter((p) => expectedAccess(a.key, p) === 'allow').join(',')}`,
  );
  expect(fromContract).toEqual(fromPolicy);
});

const CASES = ACTIONS.flatMap((a) => PERSONAS.map((p) => [a.key, p, a] as const));

test.each(CASES)('%s as %s', async (key, persona, entry) => {
  const payload = await validCallFor(entry).payload(d);
  const before = digestOf(db);
  const r = await d.call(persona, entry.fn, entry.action, payload);
  const expected = expectedAccess(key, persona);
  if (expected === 'deny') {
    const code = persona === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    expect({ status: r.status, code: r.body.ok ? null : r.body.error.code }).toEqual({
      status: persona === 'anonymous' ? 401 : 403,
      code,
    });
    // A refused call writes nothing (rate-limit counters aside).
    expect(digestOf(db)).toBe(before);
  } else {
    expect([401, 403, 500]).not.toContain(r.status);
  }
});

test('out-of-scope records are NOT_FOUND, in-scope ones are answered', async () => {
  const fromB = await submitFeedback(d, 'villager_b', '王坪村的水渠需要修一修');
  for (const outsider of ['village_cadre', 'town_reviewer'] as const) {
    const r = await d.call(outsider, 'feedback', 'reply', {
      feedbackId: fromB,
      reply: '已经转交处理',
    });
    expect({ who: outsider, status: r.status, code: r.body.ok ? null : r.body.error.code }).toEqual(
      {
        who: outsider,
        status: 404,
        code: 'NOT_FOUND',
      },
    );
  }
  const listed = await d.call('village_cadre', 'feedback', 'inbox', { view: 'all', limit: 100 });
  expect(listed.status).toBe(200);
  expect(listed.text).not.toContain(fromB);
  const mine = await d.call('villager', 'feedback', 'mine', { limit: 100 });
  expect(mine.text).not.toContain(fromB);
  const own = await d.call('village_cadre_b', 'feedback', 'reply', {
    feedbackId: fromB,
    reply: '下周安排人修',
  });
  expect(own.status).toBe(200);
  expect((await d.call('villager_b', 'feedback', 'mine', { limit: 100 })).text).toContain(
    '下周安排人修',
  );
});

test('identity fields in the payload or the envelope never change the caller', async () => {
  const adminId = await d.userId('admin');
  const villagerId = await d.userId('villager');
  const spoof = { userId: adminId, openid: 'dev:admin', role: 'admin' };

  // In the payload: strict schemas refuse them outright.
  const inPayload = await d.call('villager', 'users', 'me', spoof);
  expect(inPayload.status).toBe(400);
  // Beside the payload (the envelope) and in platform-looking headers: ignored.
  const beside = await d.send(
    'villager',
    'users',
    { action: 'me', payload: {}, ...spoof },
    {
      'x-wx-openid': 'dev:admin',
      'x-openid': 'dev:admin',
    },
  );
  expect(beside.status).toBe(200);
  expect(beside.body.ok && beside.body.data).toMatchObject({
    userId: villagerId,
    role: 'villager',
  });
  const staff = await d.send('villager', 'users', { action: 'listStaff', payload: {}, ...spoof });
  expect(staff.status).toBe(403);
  const anon = await d.send(
    'anonymous',
    'users',
    { action: 'listStaff', payload: {}, ...spoof },
    {
      'x-wx-openid': 'dev:admin',
    },
  );
  expect(anon.status).toBe(401);
  // A submission records the real caller, whatever the envelope claims.
  const sent = await d.send('villager', 'feedback', {
    action: 'submit',
    payload: { category: 'other', content: '谁提交的这条反馈' },
    ...spoof,
  });
  expect(sent.status).toBe(200);
  const row = db
    .prepare(`SELECT doc FROM c_feedback WHERE id = ?`)
    .get(sent.body.ok ? String(sent.body.data.feedbackId) : '') as { doc: string } | undefined;
  expect(row && (JSON.parse(row.doc) as { userId: string }).userId).toBe(villagerId);
});
