import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';

/** 户情统计 of the cadre's area. */
export function useDashboard(enabled = true) {
  return useRemoteData(() => api.households.dashboard({}), enabled);
}
