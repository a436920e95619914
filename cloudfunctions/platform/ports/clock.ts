/** The Clock port: the only source of "now" for handlers, so tests can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests and replays that only moves when told to. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (d) => {
      t = d.getTime();
    },
  };
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A clock `offsetDays` whole days away from `base` (local mode's `POST /api/dev/clock`: deadlines
 * and overdue marks can be shown without waiting). The offset is absolute; 0 is the base clock.
 */
export function offsetClock(
  base: Clock,
): Clock & { offsetDays(): number; setOffsetDays(days: number): void } {
  let days = 0;
  return {
    now: () => new Date(base.now().getTime() + days * DAY_MS),
    offsetDays: () => days,
    setOffsetDays: (n) => {
      days = n;
    },
  };
}
