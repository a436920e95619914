import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { useSession } from '../session/use-session';

/** The signed-in user's own village (users.me), or null while unknown, signed out or none. */
export function useMyVillage(): string | null {
  const { signedIn, session } = useSession();
  const [villageId, setVillageId] = useState<string | null>(null);
  const userKey = session?.userId ?? (signedIn ? 'platform' : null);
  useEffect(() => {
    setVillageId(null);
    if (userKey === null) return;
    let live = true;
    void api.users.me({}).then((result) => {
      if (live && result.ok) setVillageId(result.data.villageId);
    });
    return () => {
      live = false;
    };
  }, [userKey]);
  return villageId;
}
