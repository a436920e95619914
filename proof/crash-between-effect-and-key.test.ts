import { rmSync } from 'node:fs';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import { killServerHard } from './support/kill-server';
import { openReadOnly } from './support/sqlite-snapshot';

/**
 * Issue 11 point 5: the gateway is SIGKILLed right after a keyed submission's effect commits
 * (fault injection in the store: FAULT_KILL_AFTER_COMMIT_OF), before the runtime could answer or
 * mark the key done. Restarted on the same data folder, a retry with the same key returns the
 * first result and the record exists exactly once.
 */

const BASE_ENV = {
  RATE_LIMIT_PER_MINUTE: '100000',
  LOG_LEVEL: 'warn',
  IDEMPOTENCY_LEASE_MS: '500',
};
const started: GatewayProcess[] = [];
afterAll(async () => {
  for (const g of started) {
    if (g.child.exitCode === null && g.child.signalCode === null) await killServerHard(g.child);
  }
  for (const dir of new Set(started.map((g) => g.dataDir)))
    rmSync(dir, { recursive: true, force: true });
});

function exited(g: GatewayProcess): Promise<void> {
  return new Promise((done) => {
    if (g.child.exitCode !== null || g.child.signalCode !== null) done();
    else g.child.once('exit', () => done());
  });
}

function storedFeedback(dataDir: string, content: string) {
  const db = openReadOnly(dataDir);
  try {
    const rows = db
      .prepare(
        `SELECT id, json_extract(doc, '$.createdAt') AS createdAt FROM c_feedback
         WHERE json_extract(doc, '$.content') = ?`,
      )
      .all(content) as Array<{ id: string; createdAt: string }>;
    const audits = db
      .prepare(
        `SELECT COUNT(*) AS n FROM c_audit_log WHERE json_extract(doc, '$.entity') = 'feedback'
         AND json_extract(doc, '$.entityId') IN (SELECT id FROM c_feedback WHERE json_extract(doc, '$.content') = ?)`,
      )
      .get(content) as { n: number };
    return { ids: rows.map((r) => r.id), createdAt: rows[0]?.createdAt, audits: audits.n };
  } finally {
    db.close();
  }
}

test('a kill between the effect and marking the key done: the retry returns the first result, one record', async () => {
  const first = await startGatewayProcess({
    env: { ...BASE_ENV, FAULT_KILL_AFTER_COMMIT_OF: 'feedback' },
  });
  started.push(first);
  const token = await devLogin(first.url, 'villager');
  const content = `断电测试 ${Date.now()} 村口路灯坏了`;
  const event = {
    action: 'submit',
    payload: { category: 'help', content },
    idempotencyKey: 'crash-between-effect-and-key-0001',
  };

  // The server dies inside this call: no answer reaches the phone.
  await expect(postJson(`${first.url}/api/feedback`, event, token)).rejects.toThrow();
  await exited(first);
  expect(first.child.signalCode ?? 'SIGKILL').toBe('SIGKILL');
  const afterKill = storedFeedback(first.dataDir, content);
  // The effect committed before the kill (or this test proves nothing).
  expect(afterKill.ids).toHaveLength(1);

  const gw = await startGatewayProcess({ dataDir: first.dataDir, env: BASE_ENV });
  started.push(gw);
  let retry = await postJson(`${gw.url}/api/feedback`, event, token);
  for (let i = 0; i < 40 && retry.status === 409; i++) {
    await new Promise((r) => setTimeout(r, 250));
    retry = await postJson(`${gw.url}/api/feedback`, event, token);
  }
  expect(retry.status).toBe(200);
  // The answer the phone never got: the stored record's id and time.
  expect(retry.body.data).toEqual({
    feedbackId: afterKill.ids[0],
    status: 'received',
    createdAt: afterKill.createdAt,
  });

  const again = await postJson(`${gw.url}/api/feedback`, event, token);
  expect(again.body).toEqual(retry.body);

  const after = storedFeedback(gw.dataDir, content);
  expect(after.ids).toEqual(afterKill.ids);
  expect(after.audits).toBe(1);
}, 90_000);

test('a kill right after a sign-up commits: the retry answers the seat taken, counted once', async () => {
  const first = await startGatewayProcess({
    env: { ...BASE_ENV, FAULT_KILL_AFTER_COMMIT_OF: 'enrollments' },
  });
  started.push(first);
  const token = await devLogin(first.url, 'villager', 'crash-enroll');
  const seats = (dataDir: string) => {
    const db = openReadOnly(dataDir);
    try {
      return db
        .prepare(`SELECT json_extract(doc, '$.confirmed') AS confirmed FROM c_courses WHERE id = ?`)
        .get('course-demo-welding') as { confirmed: number };
    } finally {
      db.close();
    }
  };
  const before = seats(first.dataDir).confirmed;
  const event = {
    action: 'enroll',
    payload: { courseId: 'course-demo-welding' },
    idempotencyKey: 'crash-between-effect-and-key-0002',
  };
  await expect(postJson(`${first.url}/api/training`, event, token)).rejects.toThrow();
  await exited(first);
  expect(seats(first.dataDir).confirmed).toBe(before + 1);

  const gw = await startGatewayProcess({ dataDir: first.dataDir, env: BASE_ENV });
  started.push(gw);
  let retry = await postJson(`${gw.url}/api/training`, event, token);
  for (let i = 0; i < 40 && retry.status === 409; i++) {
    await new Promise((r) => setTimeout(r, 250));
    retry = await postJson(`${gw.url}/api/training`, event, token);
  }
  expect(retry.status).toBe(200);
  expect(retry.body.data).toMatchObject({ status: 'confirmed', courseId: 'course-demo-welding' });
  expect((await postJson(`${gw.url}/api/training`, event, token)).body).toEqual(retry.body);
  expect(seats(gw.dataDir).confirmed).toBe(before + 1);
}, 90_000);
