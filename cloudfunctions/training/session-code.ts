import { createHmac } from 'node:crypto';

/**
 * The rotating check-in code a trainer shows: 6 digits from an HMAC of course, session and the
 * current minute. A code is accepted during its minute and the next, so a slow scan still works.
 */
export const CODE_PERIOD_MS = 60_000;

export function sessionCodeAt(key: Buffer, courseId: string, sessionId: string, at: Date): string {
  const window = Math.floor(at.getTime() / CODE_PERIOD_MS);
  const mac = createHmac('sha256', key).update(`${courseId}|${sessionId}|${window}`).digest();
  return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

export function isValidSessionCode(
  key: Buffer,
  courseId: string,
  sessionId: string,
  code: string,
  now: Date,
): boolean {
  return [0, 1].some(
    (back) =>
      sessionCodeAt(key, courseId, sessionId, new Date(now.getTime() - back * CODE_PERIOD_MS)) ===
      code,
  );
}

export function codeValidUntil(now: Date): string {
  return new Date((Math.floor(now.getTime() / CODE_PERIOD_MS) + 2) * CODE_PERIOD_MS).toISOString();
}
