import { rmSync } from 'node:fs';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import { proofEnv } from './env';
import { killServerHard } from './support/kill-server';
import { openReadOnly } from './support/sqlite-snapshot';

/**
 * Kill -9 the gateway while many villagers are submitting feedback, restart it on the same data
 * folder: every acknowledged write is there, every stored feedback has its audit entry, and
 * SQLite's integrity check passes.
 */

const ENV = { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };
const started: GatewayProcess[] = [];
afterAll(async () => {
  for (const g of started) {
    if (g.child.exitCode === null && g.child.signalCode === null) await killServerHard(g.child);
  }
  if (started[0]) rmSync(started[0].dataDir, { recursive: true, force: true });
});

async function listAll(url: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const r = await postJson(
      `${url}/api/feedback`,
      { action: 'inbox', payload: { view: 'all', limit: 100, ...(cursor ? { cursor } : {}) } },
      token,
    );
    if (r.status !== 200 || !r.body.data) throw new Error(`inbox failed: ${r.text}`);
    const data = r.body.data as { items: Array<{ feedbackId: string }>; nextCursor: string | null };
    ids.push(...data.items.map((i) => i.feedbackId));
    if (!data.nextCursor) return ids;
    cursor = data.nextCursor;
  }
  throw new Error('too many pages');
}

test('SIGKILL under concurrent writes loses no acknowledged write and leaves nothing half-written', async () => {
  const first = await startGatewayProcess({ env: ENV });
  started.push(first);
  const writers = await Promise.all(
    Array.from({ length: proofEnv.crashWriters }, (_, i) =>
      devLogin(first.url, 'villager', `n${i + 1}`),
    ),
  );

  const acked: string[] = [];
  let errors = 0;
  let ackedAfterKill = 0;
  let killed = false;
  let exited: Promise<void> | undefined;
  const KILL_AFTER_ACKS = 150;
  const work = writers.map(async (token, w) => {
    // Writers keep firing until the dead server refuses them, so the kill always lands mid-load.
    for (let i = 0; ; i++) {
      const request = postJson(
        `${first.url}/api/feedback`,
        {
          action: 'submit',
          payload: { category: 'help', content: `写入测试 ${w}-${i} 村道需要修补` },
        },
        token,
      );
      // Kill while this request (and the other writers' ones) are on their way or being written.
      if (!killed && acked.length >= KILL_AFTER_ACKS) {
        killed = true;
        setTimeout(
          () => {
            exited = killServerHard(first.child);
          },
          Math.floor(Math.random() * 8),
        );
      }
      try {
        const r = await request;
        if (r.status === 200 && r.body.ok && typeof r.body.data?.feedbackId === 'string') {
          acked.push(r.body.data.feedbackId);
          if (killed) ackedAfterKill++;
        } else if (!killed) throw new Error(`write refused before the kill: ${r.status} ${r.text}`);
      } catch (e) {
        if (!killed) throw e;
        errors++;
        return;
      }
    }
  });
  await Promise.all(work);
  if (!exited) throw new Error('load never reached the kill point');
  await exited;
  expect(acked.length).toBeGreaterThan(0);
  // The kill must land mid-load: some requests were cut off, or this proves nothing.
  expect(errors).toBeGreaterThan(0);

  const gw = await startGatewayProcess({ dataDir: first.dataDir, env: ENV });
  started.push(gw);
  const admin = await devLogin(gw.url, 'admin');
  const listed = new Set(await listAll(gw.url, admin));
  const lost = acked.filter((id) => !listed.has(id));
  expect(lost).toEqual([]);

  const db = openReadOnly(gw.dataDir);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = (db.prepare('SELECT id FROM c_feedback').all() as Array<{ id: string }>).map(
      (r) => r.id,
    );
    const audited = new Set(
      (
        db
          .prepare(
            `SELECT json_extract(doc, '$.entityId') AS id FROM c_audit_log
             WHERE json_extract(doc, '$.entity') = 'feedback' AND json_extract(doc, '$.to') = 'received'`,
          )
          .all() as Array<{ id: string }>
      ).map((r) => r.id),
    );
    expect(stored.filter((id) => !audited.has(id))).toEqual([]);
    expect([...audited].filter((id) => !stored.includes(id))).toEqual([]);
    expect(new Set(stored)).toEqual(listed);
    console.log(
      `crash safety: ${writers.length} writers, ${acked.length} acknowledged, ${stored.length} stored, ${errors} requests cut by the kill, ${ackedAfterKill} answered just before it`,
    );
  } finally {
    db.close();
  }
}, 90_000);
