import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { EnrollmentView } from './training-api';

/** 我的报名, newest first, page by page. */
export function useMyEnrollments(enabled: boolean) {
  return usePagedList<EnrollmentView>(
    (cursor) => api.training.myEnrollments({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'mine',
    enabled,
  );
}
