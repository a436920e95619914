import { useEffect, useState } from 'react';
import { clientEnv } from '../../env';
import { loadSession, onSessionChange, signedOutOnPurpose, type Session } from './session-store';

export interface UseSession {
  session: Session | null;
  /**
   * Whether calls can carry an identity: in weapp WeChat supplies it (unless the person chose
   * 退出登录), locally a dev-login token must be stored.
   */
  signedIn: boolean;
}

export function useSession(): UseSession {
  const [session, setSession] = useState<Session | null>(loadSession);
  useEffect(() => onSessionChange(setSession), []);
  const platformIdentity = clientEnv.platform === 'weapp' && !clientEnv.weappUseHttp;
  return {
    session,
    signedIn: session !== null || (platformIdentity && !signedOutOnPurpose()),
  };
}
