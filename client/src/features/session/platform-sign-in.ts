import { api } from '../../api/api';
import type { ClientCallResult } from '../../api/client-call-result';
import { clientEnv } from '../../env';
import { saveSession, signedOutOnPurpose, type Session } from './session-store';

/** weapp: WeChat is the identity; no token, no password. */
export const usesPlatformIdentity = (): boolean =>
  clientEnv.platform === 'weapp' && !clientEnv.weappUseHttp;

/**
 * weapp: learns who WeChat says is calling. The user id from `users.me` is the author of this
 * person's drafts and outbox items, so the phone can hold items of one person while another is
 * signed in, exactly as with dev-login tokens.
 */
export async function signInWithPlatform(): Promise<ClientCallResult<Session>> {
  const me = await api.users.me({});
  if (!me.ok) return me;
  const session: Session = {
    token: null,
    persona: null,
    userId: me.data.userId,
    role: me.data.role,
    name: me.data.name,
  };
  saveSession(session);
  return { ok: true, data: session };
}

/** At launch in weapp: sign in with WeChat unless the person logged out on purpose. */
export function resumePlatformSession(): void {
  if (!usesPlatformIdentity() || signedOutOnPurpose()) return;
  // Refreshed even when known (the name may have changed); offline, the last known person
  // (stored by WeChat per account) stays the author.
  void signInWithPlatform();
}
