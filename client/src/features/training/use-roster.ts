import { useState } from 'react';
import type { EnrollmentStatus } from '@shared/training/training-labels';
import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { RosterEntry } from './training-api';

export const ROSTER_PAGE_SIZE = 50;

/** 学员名单 of one course, optionally one status (the server lists the waitlist in order). */
export function useRoster(courseId: string) {
  const [status, setStatus] = useState<EnrollmentStatus | null>(null);
  const list = usePagedList<RosterEntry>(
    (cursor) =>
      api.training.roster({
        courseId,
        limit: ROSTER_PAGE_SIZE,
        ...(status ? { status } : {}),
        ...(cursor ? { cursor } : {}),
      }),
    `${courseId}|${status ?? 'all'}`,
    courseId !== '',
  );
  return { status, setStatus, list };
}
