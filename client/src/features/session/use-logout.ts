import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import { clearUserData, draftKeysOf } from '../../storage/user-scoped-key';
import { appHeldPhotos } from '../images/app-held-photos';
import { appOutbox } from '../outbox/app-outbox';
import { rememberRevocation } from './pending-revocations';
import { clearSession, loadSession } from './session-store';

export type LogoutChoice = 'keep' | 'clear';

/** What the person has not sent yet: their queued items and their unsent drafts. */
export function unsentOf(userId: string): { items: number; drafts: number } {
  const items = appOutbox()
    .items()
    .filter((i) => i.author?.userId === userId)
    .filter((i) => i.status === 'pending' || i.status === 'sending').length;
  return { items, drafts: draftKeysOf(userId).length };
}

/**
 * 退出登录: the server ends this login (its token stops working — offline, as soon as the network
 * is back), then the phone forgets everything of this person except, if they choose to keep it,
 * what they have not sent: that waits, hidden from everyone else, until they log in again.
 * In weapp there is no token: the server only notes the logout and the clearing is the phone's.
 */
export async function logout(choice: LogoutChoice): Promise<void> {
  const session = loadSession();
  if (!session) return;
  const result = await api.users.logout({});
  if (!result.ok && session.token && result.error.code !== 'UNAUTHENTICATED') {
    rememberRevocation(session.token);
  }
  const keep = choice === 'keep';
  appOutbox().forgetUser(session.userId, { keepUnsent: keep });
  clearUserData(session.userId, { keepDrafts: keep });
  // Photos waiting to be sent go with their drafts and items: kept (hidden) or removed.
  if (!keep)
    await appHeldPhotos()
      .forgetOwner(session.userId)
      .catch(() => undefined);
  clearSession();
}

export function useLogout() {
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (choice: LogoutChoice) => {
    setBusy(true);
    try {
      await logout(choice);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, logout: run };
}
