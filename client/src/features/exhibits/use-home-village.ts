import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import { callWithLastSeen } from '../offline/call-with-last-seen';
import { useSession } from '../session/use-session';

/**
 * Preselects the signed-in user's own village (users.me) once, when nothing is chosen yet; a
 * choice already made (a restored draft, a tap) is kept, and so is a later change.
 */
export function useHomeVillagePreselect(
  current: string | null,
  apply: (villageId: string) => void,
): void {
  const { signedIn, session } = useSession();
  const [home, setHome] = useState<string | null>(null);
  const applied = useRef(false);
  const userKey = session?.userId ?? (signedIn ? 'platform' : null);
  useEffect(() => {
    if (userKey === null) return;
    let live = true;
    // Kept on the phone (only the village) so that offline the same village's cards open.
    const homeVillage = () =>
      api.users
        .me({})
        .then((r) => (r.ok ? { ok: true as const, data: { villageId: r.data.villageId } } : r));
    void callWithLastSeen(homeVillage, 'users.home-village').then((result) => {
      if (live && result.ok) setHome(result.data.villageId);
    });
    return () => {
      live = false;
    };
  }, [userKey]);
  useEffect(() => {
    if (applied.current || home === null) return;
    applied.current = true;
    if (!current) apply(home);
  }, [home, current, apply]);
}
