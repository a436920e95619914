import type { ClientCallError, ClientCallResult } from '../../api/client-call-result';
import { currentAuthor } from '../session/session-store';
import { keepLastSeen, readLastSeen } from './last-seen-cache';
import { CHANGED_HANDS, NOTHING_KEPT } from './offline-copy';

export type LastSeenOutcome<T> =
  | {
      ok: true;
      data: T;
      /** Set when the answer is the kept copy (no network): when it was kept. */
      lastSeenAt: number | null;
    }
  | { ok: false; error: ClientCallError };

/**
 * Runs a read. Its answer is kept as the signed-in user's last-seen copy of the list `name`;
 * when the network fails, that copy is the answer (with `lastSeenAt`), and with none kept the
 * error says plainly 没有网络，联网后再打开. `name` null keeps nothing (a search, a one-off read).
 */
export async function callWithLastSeen<T>(
  load: () => Promise<ClientCallResult<T>>,
  name: string | null,
  keep: (data: T) => unknown = (data) => data,
): Promise<LastSeenOutcome<T>> {
  // Whose copy: read once, before the call, so a login during the call keeps nothing astray.
  const userId = currentAuthor()?.userId ?? null;
  const result = await load();
  // A logout (or another login) while the read was on its way: what came back is the person who
  // left's, so it is neither kept on the phone nor handed to the screen the next person sees.
  const nowSignedIn = currentAuthor()?.userId ?? null;
  if (userId !== null && nowSignedIn !== userId) {
    return { ok: false, error: { code: 'UNAUTHENTICATED', message: CHANGED_HANDS } };
  }
  if (result.ok) {
    if (name !== null && nowSignedIn === userId) keepLastSeen(userId, name, keep(result.data));
    return { ok: true, data: result.data, lastSeenAt: null };
  }
  if (result.error.code !== 'NETWORK') return { ok: false, error: result.error };
  const kept = name === null ? null : readLastSeen<T>(userId, name);
  if (kept) return { ok: true, data: kept.data, lastSeenAt: kept.savedAt };
  return { ok: false, error: { ...result.error, message: NOTHING_KEPT } };
}
