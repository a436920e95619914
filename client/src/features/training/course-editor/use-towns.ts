import { api } from '../../../api/api';
import { useRemoteData } from '../../../api/use-remote-data';

/** The towns a course may be held in (举办镇). */
export function useTowns() {
  return useRemoteData(() => api.users.listOrgUnits({ level: 'town' }));
}
