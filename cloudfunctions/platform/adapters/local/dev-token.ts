import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity, Principal } from '../../ports/identity';

/**
 * Local-mode identity: the gateway's dev-login signs `{openid, exp}` with a secret kept in the
 * data folder; every call presents it as `Authorization: Bearer <token>`.
 */
const TTL_SECONDS = 7 * 24 * 3600;

function sign(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function signDevToken(secret: Buffer, openid: string, nowMs = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({ openid, exp: Math.floor(nowMs / 1000) + TTL_SECONDS }),
  ).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export function verifyDevToken(
  secret: Buffer,
  token: string,
  nowMs = Date.now(),
): Principal | null {
  const [body, mac] = token.split('.');
  if (!body || !mac || token.split('.').length !== 2) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
      openid?: unknown;
      exp?: unknown;
    };
    if (typeof parsed.openid !== 'string' || typeof parsed.exp !== 'number') return null;
    if (parsed.exp * 1000 < nowMs) return null;
    return { openid: parsed.openid };
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

export function createDevTokenIdentity(secret: Buffer): Identity {
  return {
    resolve(platformContext) {
      const header = (platformContext as GatewayCallContext | undefined)?.authorization ?? '';
      const m = /^Bearer ([A-Za-z0-9_.-]{10,2000})$/.exec(header);
      return Promise.resolve(m?.[1] ? verifyDevToken(secret, m[1]) : null);
    },
  };
}
