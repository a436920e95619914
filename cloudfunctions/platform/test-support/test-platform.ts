import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import type { DevPersona } from '../adapters/local/dev-personas';
import { ensureDevUser } from '../adapters/local/dev-personas';
import { openDevSession } from '../adapters/local/dev-session';
import type { LocalPlatform } from '../local-platform';
import { openLocalPlatform } from '../local-platform';
import { fixedClock } from '../ports/clock';
import { createMemoryLogger } from '../ports/logger';
import type { ActionsContract } from '../../../shared/src/contract/define-function';
import type { FunctionDefinition } from '../runtime/handler-context';
import { createFunctionEntry } from '../runtime/run-action';
import { PLATFORM_COLLECTIONS } from '../runtime/platform-collections';
import { seedDemoData } from '../../seed-demo-data';

/**
 * A real local platform (SQLite in a temp folder, real tokens, real runtime) for handler tests.
 * Nothing of our own is mocked; only the clock is fixed so tests can move time.
 */
export async function createTestPlatform(options: { mutationsPerMinute?: number } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-test-'));
  const logger = createMemoryLogger();
  const clock = fixedClock(new Date('2026-11-28T02:00:00Z'));
  const platform: LocalPlatform = await openLocalPlatform({
    dataDir,
    logger,
    clock,
    mutationsPerMinute: options.mutationsPerMinute ?? 1000,
  });

  await seedDemoData(platform.store, platform.deps.dataKeys, clock, platform.deps.files);

  async function tokenFor(persona: DevPersona, as?: string): Promise<string> {
    const openid = await ensureDevUser(platform.store, clock, persona, as, platform.deps.dataKeys);
    return (await openDevSession(platform.store, clock, platform.tokenSecret, openid)).token;
  }

  /** Calls a function as a persona (or anonymously with `null`), exactly as the gateway would. */
  function client<A extends ActionsContract>(def: FunctionDefinition<A>) {
    const entry = createFunctionEntry(def, platform.deps);
    return async (
      persona: DevPersona | null | { persona: DevPersona; as: string },
      action: string,
      payload?: unknown,
      idempotencyKey?: string,
    ): Promise<CallResult<Record<string, unknown>>> => {
      let authorization: string | undefined;
      if (persona) {
        const p = typeof persona === 'string' ? { persona, as: undefined } : persona;
        authorization = `Bearer ${await tokenFor(p.persona, p.as)}`;
      }
      const event = { action, payload, ...(idempotencyKey ? { idempotencyKey } : {}) };
      return (await entry(event, { authorization })) as CallResult<Record<string, unknown>>;
    };
  }

  /** Every document of every table, for "nothing was written" checks. */
  function digest(): string {
    const tables = platform.store.reader
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c_%' ORDER BY name`,
      )
      .all() as Array<{ name: string }>;
    return tables
      .filter((t) => t.name !== 'c_rate_limits' && t.name !== 'c_sessions')
      .map((t) => {
        const rows = platform.store.reader
          .prepare(`SELECT id, version, doc FROM ${t.name} ORDER BY id`)
          .all();
        return `${t.name}:${JSON.stringify(rows)}`;
      })
      .join('\n');
  }

  return {
    platform,
    store: platform.store,
    clock,
    logger,
    tokenFor,
    client,
    digest,
    collections: PLATFORM_COLLECTIONS,
    async cleanup() {
      await platform.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof createTestPlatform>>;

/** Valid GB 11643 numbers for tests (fake people; checksums computed, not real persons). */
export function makeIdNumber(prefix6: string, birth: string, seq3: string): string {
  const first17 = `${prefix6}${birth}${seq3}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}
