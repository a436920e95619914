import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';

/** Every village, for the pickers of the 村史 tab and the contribute form. */
export function useVillages() {
  return useRemoteData(() => api.users.listOrgUnits({ level: 'village' }), true, {
    lastSeen: 'org-units.villages',
  });
}
