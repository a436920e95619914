import { createHmac, timingSafeEqual } from 'node:crypto';
import { sessionNeedsTouch, sessionState } from '../../../../shared/src/users/session-rules';
import type { Clock } from '../../ports/clock';
import type { Identity, Principal } from '../../ports/identity';
import type { Store } from '../../ports/store';
import { sessionsCollection } from '../../runtime/platform-collections';

/**
 * Local-mode identity: the gateway's dev-login signs `{openid, sid, exp}` with a secret kept in
 * the data folder; every call presents it as `Authorization: Bearer <token>`. The signature
 * proves the gateway issued it; the session `sid` in the store decides whether it still counts
 * (not revoked by logout, not past its expiry, not idle — shared/src/users/session-rules.ts).
 */
export interface DevTokenClaims {
  openid: string;
  sid: string;
  /** Unix seconds. */
  exp: number;
}

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function signDevToken(secret: Buffer, claims: DevTokenClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The claims of a token this gateway signed and whose `exp` has not passed, else null. */
export function verifyDevToken(secret: Buffer, token: string, now: Date): DevTokenClaims | null {
  const [body, mac] = token.split('.');
  if (!body || !mac || token.split('.').length !== 2) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<
      Record<keyof DevTokenClaims, unknown>
    >;
    const { openid, sid, exp } = parsed;
    if (typeof openid !== 'string' || typeof sid !== 'string' || typeof exp !== 'number')
      return null;
    if (exp * 1000 <= now.getTime()) return null;
    return { openid, sid, exp };
  } catch {
    return null;
  }
}

/** What the gateway hands the runtime as the platform context of one HTTP call. */
export interface GatewayCallContext {
  authorization?: string;
  /** The HTTP client's address as the gateway saw it (rate limits and view counts of anonymous callers). */
  clientAddress?: string;
}

/** Tokens whose signature has been checked, kept so the HMAC is not recomputed per request. */
const VERIFIED_TOKENS_MAX = 10_000;

export function createDevTokenIdentity(secret: Buffer, store: Store, clock: Clock): Identity {
  const sessions = store.collection(sessionsCollection);
  // A signature, once checked, stays valid: only `exp` (checked on every call) and the session
  // (read on every call, so logout and revocation end it at once) can end a token.
  const verified = new Map<string, DevTokenClaims>();
  const claimsOf = (token: string, now: Date): DevTokenClaims | null => {
    const known = verified.get(token);
    if (known) return known.exp * 1000 > now.getTime() ? known : null;
    const claims = verifyDevToken(secret, token, now);
    if (claims) {
      if (verified.size >= VERIFIED_TOKENS_MAX) verified.clear();
      verified.set(token, claims);
    }
    return claims;
  };
  return {
    async resolve(platformContext): Promise<Principal | null> {
      const header = (platformContext as GatewayCallContext | undefined)?.authorization ?? '';
      const m = /^Bearer ([A-Za-z0-9_.-]{10,2000})$/.exec(header);
      const now = clock.now();
      const claims = m?.[1] ? claimsOf(m[1], now) : null;
      if (!claims) return null;
      const session = await sessions.get(claims.sid);
      if (!session || session.openid !== claims.openid) return null;
      if (sessionState(session, now) !== 'active') return null;
      if (sessionNeedsTouch(session, now)) {
        // Best effort: a lost race with logout or another call only skips this touch.
        await sessions
          .update(
            claims.sid,
            { set: { lastSeenAt: now.toISOString() } },
            { ifVersion: session._version },
          )
          .catch(() => undefined);
      }
      return { openid: claims.openid, sessionId: claims.sid };
    },
  };
}
