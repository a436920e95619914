import type Database from 'better-sqlite3';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import { expectedAccess } from './expected-access';
import { validCallFor } from './valid-payloads';
import { ACTIONS } from './support/action-catalog';
import { PERSONAS } from './support/personas';
import type { ProofDriver } from './support/proof-driver';
import { gatewayDriver } from './support/proof-driver';
import { digestOf, openReadOnly } from './support/sqlite-snapshot';

/**
 * Shared phones: after 退出登录 the old token is worth nothing. For every signed-in persona, a
 * token is logged out, then every action is called with it (with a valid payload, so the call
 * reaches the identity check): actions that need a login answer 401 and write nothing; public
 * ones answer as for an anonymous caller. Over HTTP against the real gateway.
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

const SIGNED_IN = PERSONAS.filter((p) => p !== 'anonymous');

test.each(SIGNED_IN)(
  'a logged-out %s token opens no action',
  async (persona) => {
    const token = await devLogin(gw.url, persona);
    const out = await postJson(`${gw.url}/api/users`, { action: 'logout', payload: {} }, token);
    expect(out.body).toEqual({ ok: true, data: { revoked: true } });
    const wrong: string[] = [];
    for (const entry of ACTIONS) {
      const payload = await validCallFor(entry).payload(d);
      const before = digestOf(db);
      const r = await postJson(
        `${gw.url}/api/${entry.fn}`,
        {
          action: entry.action,
          payload,
          idempotencyKey: `logged-out-${entry.fn}-${entry.action}-${persona}`,
        },
        token,
      );
      const code = r.body.ok ? null : String(r.body.error?.code);
      if (expectedAccess(entry.key, 'anonymous') === 'deny') {
        if (r.status !== 401 || code !== 'UNAUTHENTICATED') wrong.push(`${entry.key}: ${r.status}`);
        else if (digestOf(db) !== before) wrong.push(`${entry.key}: wrote while refusing`);
      } else if (r.status === 401 || r.status === 403) {
        wrong.push(`${entry.key}: public action answered ${r.status}`);
      }
    }
    expect(wrong).toEqual([]);
  },
  120_000,
);
