import { useEffect, useState } from 'react';
import type { Role } from '@shared/auth/roles';
import { api } from '../../api/api';
import { useSession } from './use-session';

/**
 * The caller's role: from the stored login (local gateway), or asked of `users.me` when the
 * platform supplies the identity (weapp). null while unknown or signed out.
 */
export function useMyRole(): Role | null {
  const { session, signedIn } = useSession();
  const [fetched, setFetched] = useState<Role | null>(null);
  const needsFetch = signedIn && !session;
  useEffect(() => {
    if (!needsFetch) return;
    let live = true;
    void api.users.me({}).then((result) => {
      if (live && result.ok) setFetched(result.data.role);
    });
    return () => {
      live = false;
    };
  }, [needsFetch]);
  return session?.role ?? (needsFetch ? fetched : null);
}
