import type { CourseSession } from './training-api';

/** The session happening now, else the next one, else the last one. */
export function currentSession(
  sessions: readonly CourseSession[],
  now: string = new Date().toISOString(),
): CourseSession | undefined {
  return (
    sessions.find((s) => s.startsAt <= now && now <= s.endsAt) ??
    sessions.find((s) => s.startsAt > now) ??
    sessions[sessions.length - 1]
  );
}
