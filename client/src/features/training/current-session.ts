import { compareInstants } from '@shared/validation/instant';
import type { CourseSession } from './training-api';

/** The session happening now, else the next one, else the last one. */
export function currentSession(
  sessions: readonly CourseSession[],
  now: string = new Date().toISOString(),
): CourseSession | undefined {
  return (
    sessions.find(
      (s) => compareInstants(s.startsAt, now) <= 0 && compareInstants(now, s.endsAt) <= 0,
    ) ??
    sessions.find((s) => compareInstants(s.startsAt, now) > 0) ??
    sessions[sessions.length - 1]
  );
}
