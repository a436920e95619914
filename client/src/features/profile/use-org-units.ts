import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';

/** The city's register (city, towns, villages in the city's order), for the unit pickers. */
export function useOrgUnits() {
  return useRemoteData(() => api.users.listOrgUnits({}));
}
