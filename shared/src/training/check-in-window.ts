/** Check-in opens 30 minutes before a session and closes 30 minutes after it ends. */
export const CHECK_IN_MARGIN_MS = 30 * 60_000;

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
}

/** Whether the server takes a check-in (and so a code is worth showing) for this session now. */
export function isCheckInOpen(session: SessionTimes, now: Date): boolean {
  const t = now.getTime();
  return (
    t >= Date.parse(session.startsAt) - CHECK_IN_MARGIN_MS &&
    t <= Date.parse(session.endsAt) + CHECK_IN_MARGIN_MS
  );
}

/** The sessions a trainer can show a check-in code for now. */
export function sessionsOpenForCheckIn<S extends SessionTimes>(
  sessions: readonly S[],
  now: Date,
): S[] {
  return sessions.filter((s) => isCheckInOpen(s, now));
}
