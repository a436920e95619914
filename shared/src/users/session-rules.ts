/**
 * How long a login lasts (local dev-login tokens; on CloudBase WeChat supplies the identity and
 * there is no token). Shared phones: a login ends after 3 days at the latest, or after 24 hours
 * without use, and at once when its owner logs out or revokes it.
 */
export const SESSION_ABSOLUTE_MS = 3 * 24 * 3600 * 1000;
export const SESSION_IDLE_MS = 24 * 3600 * 1000;
/** `lastSeenAt` is written at most this often, so a busy session is not a write per call. */
export const SESSION_TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionState = 'active' | 'revoked' | 'expired' | 'idle';

export interface SessionTimes {
  /** ISO instants. */
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Whether a stored session still lets its token in at `now` (compared as instants). */
export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (session.revokedAt !== null) return 'revoked';
  const at = now.getTime();
  if (Date.parse(session.expiresAt) <= at) return 'expired';
  if (Date.parse(session.lastSeenAt) + SESSION_IDLE_MS <= at) return 'idle';
  return 'active';
}

export function sessionExpiry(createdAt: Date): string {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_MS).toISOString();
}

/** True when `lastSeenAt` is old enough to be worth rewriting. */
export function sessionNeedsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_EVERY_MS;
}

/** A client address shown in 登录设备: the first two parts of an IPv4, less of anything else. */
export function maskClientAddress(address: string | undefined): string | null {
  if (!address) return null;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(address);
  if (v4) return `${v4[1]}.${v4[2]}.*.*`;
  const v6 = address.split(':').filter(Boolean);
  return v6.length > 1 ? `${v6[0]}:${v6[1]}:*` : '*';
}
