import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import type { Role } from '@shared/auth/roles';

/**
 * The villages a town reviewer (their town's) or a city official (all) may filter the queue by;
 * a village cadre has only their own, so nothing is read. The insurer works city-wide.
 */
export function useScopeVillages(role: Role) {
  const wanted = role !== 'village_cadre';
  return useRemoteData(async () => {
    if (role === 'town_reviewer') {
      const me = await api.users.me({});
      if (!me.ok) return me;
      return api.users.listOrgUnits({
        level: 'village',
        ...(me.data.townId ? { parentId: me.data.townId } : {}),
      });
    }
    return api.users.listOrgUnits({ level: 'village' });
  }, wanted);
}
