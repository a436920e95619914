import { join, resolve } from 'node:path';
import type { FunctionName } from '../shared/src/contract/all-functions';
import type { CallResult } from '../shared/src/envelope/call-envelope';
import { HTTP_STATUS_BY_CODE } from '../shared/src/envelope/error-codes';
import type { DevPersona } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { devOpenid, ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import type { Clock } from '../cloudfunctions/platform/ports/clock';
import type { Store } from '../cloudfunctions/platform/ports/store';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';
import type { DataKeys } from '../cloudfunctions/platform/runtime/sealed-value';
import type { ProofDriver } from '../proof/support/proof-driver';
import type { Who } from '../proof/support/personas';
import { whoLabel } from '../proof/support/personas';

const ROOT = resolve(__dirname, '..');
type Main = (event: unknown, context: unknown) => Promise<CallResult<Record<string, unknown>>>;

/** A WX_OPENID CloudBase's identity accepts (letters, digits, `_`, `-`) for a dev persona. */
function benchOpenid(persona: DevPersona, as?: string): string {
  return devOpenid(persona, as)
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .slice(0, 64);
}

function personaOf(who: Who): { persona: DevPersona | 'anonymous'; as?: string } {
  return typeof who === 'string' ? { persona: who } : { persona: who.persona, as: who.as };
}

/**
 * A proof driver (proof/support/proof-driver.ts) that calls the BUILT bundles
 * (dist/functions/<fn>/index.js) in this process, as CloudBase would: `main(event, context)` with
 * the caller's WX_OPENID in `context.environment`. Each bundle reads its configuration from the
 * environment on its first call (set it before, see bench/env.ts) and talks to the database through
 * @cloudbase/node-sdk. Personas are made directly in `store` (the dev personas, with an openid
 * CloudBase's identity accepts). Photos cannot be written: on CloudBase the phone uploads them
 * straight to storage, which the emulator does not serve.
 */
export function bundleDriver(setup: { store: Store; clock: Clock; keys: DataKeys }): ProofDriver {
  const mains = new Map<string, Main>();
  const users = new Map<string, Promise<{ openid: string; userId: string }>>();
  const mainOf = (fn: string): Main => {
    let main = mains.get(fn);
    if (!main) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a built bundle, loaded at run time
      const mod = require(join(ROOT, 'dist', 'functions', fn, 'index.js')) as { main: Main };
      main = mod.main;
      mains.set(fn, main);
    }
    return main;
  };
  const userOf = (who: Who) => {
    const label = whoLabel(who);
    let found = users.get(label);
    if (!found) {
      const p = personaOf(who);
      if (p.persona === 'anonymous') throw new Error('anonymous has no user');
      const persona = p.persona;
      found = (async () => {
        const dev = await ensureDevUser(setup.store, setup.clock, persona, p.as, setup.keys);
        const all = setup.store.collection(usersCollection);
        const doc = (await all.find({ openid: dev }, { limit: 1 })).items[0];
        if (!doc) throw new Error(`no user for ${label}`);
        const openid = benchOpenid(persona, p.as);
        await all.update(doc._id, { set: { openid } });
        return { openid, userId: doc._id };
      })();
      users.set(label, found);
    }
    return found;
  };
  const driver: ProofDriver = {
    async send(who, fn, ev) {
      const context =
        personaOf(who).persona === 'anonymous'
          ? {}
          : { environment: JSON.stringify({ WX_OPENID: (await userOf(who)).openid }) };
      const body = await mainOf(fn)(ev, context);
      const status = body.ok ? 200 : HTTP_STATUS_BY_CODE[body.error.code];
      return { status, body, text: JSON.stringify(body) };
    },
    call: (who, fn: FunctionName, action, payload, key) =>
      driver.send(who, fn, { action, payload, ...(key ? { idempotencyKey: key } : {}) }),
    async userId(who) {
      return (await userOf(who)).userId;
    },
    writeUpload() {
      return Promise.reject(
        new Error('photos go from the phone straight to CloudBase storage (not emulated)'),
      );
    },
  };
  return driver;
}
