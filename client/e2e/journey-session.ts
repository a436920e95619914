import type { Page } from 'playwright-core';
import type { JourneyKit } from './exhibits-journey';

/** A persona of the local dev-login (cloudfunctions/platform/adapters/local/dev-personas.ts). */
export type JourneyPersona =
  | 'villager'
  | 'villager_b'
  | 'village_cadre'
  | 'village_cadre_b'
  | 'town_reviewer'
  | 'city_approver'
  | 'admin'
  | 'trainer'
  | 'insurer';

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string };
}

export const visible = (selector: string) => `${selector} >> visible=true`;

/** Turns 长辈模式 on or off for the next page load (what the switch stores). */
export async function setElderly(page: Page, on: boolean): Promise<void> {
  const value = JSON.stringify({ data: JSON.stringify(on ? 'on' : 'off') });
  await page.evaluate((v) => localStorage.setItem('psv.elderly-mode.v1', v), value);
}

/**
 * What the journeys share: API calls as a persona (dev-login tokens cached), the dev clock, and
 * logging in on the phone's login page.
 */
export function journeySession(kit: Pick<JourneyKit, 'page' | 'gateway' | 'assert' | 'callApi'>) {
  const { page, gateway, assert, callApi } = kit;
  const hashUrl = (path: string) => `${gateway.url}/#${path}`;
  const tokens = new Map<JourneyPersona, string>();
  const tokenOf = async (persona: JourneyPersona) => {
    const known = tokens.get(persona);
    if (known) return known;
    const login = await callApi(gateway, 'auth/dev-login', { persona });
    const token = (login.json as Envelope<{ token: string }>).data?.token;
    if (!token) throw new Error(`dev-login ${persona} failed: ${JSON.stringify(login.json)}`);
    tokens.set(persona, token);
    return token;
  };
  /** One action of a function as `persona`; fails the journey unless it answers ok. */
  const callAs = async <T>(
    fn: string,
    persona: JourneyPersona,
    action: string,
    payload: unknown,
    idempotencyKey?: string,
  ): Promise<T> => {
    const answer = await callApi(
      gateway,
      fn,
      { action, payload, ...(idempotencyKey ? { idempotencyKey } : {}) },
      await tokenOf(persona),
    );
    const json = answer.json as Envelope<T>;
    assert(json.ok && json.data, `${fn}.${action} as ${persona}: ${JSON.stringify(answer.json)}`);
    return json.data as T;
  };
  /** Moves every function's clock to `offsetDays` from the real time; answers the server's now. */
  const moveClock = async (offsetDays: number): Promise<string> => {
    const answer = await callApi(gateway, 'dev/clock', { offsetDays });
    const json = answer.json as Envelope<{ now: string }>;
    assert(json.ok && json.data?.now, `dev/clock failed: ${JSON.stringify(answer.json)}`);
    // Logins made before the jump may have expired on the moved clock: log in afresh.
    tokens.clear();
    return json.data?.now ?? '';
  };
  const loginAs = async (persona: JourneyPersona) => {
    await page.goto(hashUrl('/pages/login/index'));
    await page.reload();
    await page
      .locator(visible(`[data-persona="${persona}"]`))
      .first()
      .click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 15_000 });
  };
  return { hashUrl, tokenOf, callAs, moveClock, loginAs };
}
