import { api } from '../../../api/api';
import { useRemoteData } from '../../../api/use-remote-data';

/** 劳务输出统计 of the caller's unit (village, town or the whole city). */
export function useEmploymentStats() {
  return useRemoteData(() => api.training.employmentStats({}));
}
