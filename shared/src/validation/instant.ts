import { z } from 'zod';

/**
 * A point in time as the app takes it in: ISO-8601 with its offset (`…Z`, `…+08:00`), parsed at
 * the boundary to the instant it names and handed on as canonical UTC
 * (`2026-12-01T00:00:00.000Z`). Stored times are then all in one form; rules still compare them
 * as instants (`compareInstants`), never as text.
 */
export const Instant = z.iso
  .datetime({ offset: true, error: '时间格式不对' })
  .transform((v) => new Date(v).toISOString());

/** The canonical UTC form of an ISO-8601 date-time with an offset, or null when it is not one. */
export function toCanonicalInstant(value: string): string | null {
  const parsed = Instant.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Negative when `a` is earlier than `b`, 0 at the same instant, positive when later. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
