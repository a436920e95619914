import { useState } from 'react';
import type { CourseCategory } from '@shared/training/training-labels';
import { api } from '../../api/api';
import { usePagedList } from '../households/use-paged-list';
import type { CourseView, ListCoursesPayload } from './training-api';

export const COURSE_PAGE_SIZE = 10;

export interface CourseFilter {
  category: CourseCategory | null;
  onlyOpen: boolean;
}

export function courseListPayload(filter: CourseFilter, cursor?: string): ListCoursesPayload {
  return {
    limit: COURSE_PAGE_SIZE,
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.onlyOpen ? { openForSignup: true } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

/** The course list with its filter chips and "only open for sign-up" toggle, page by page. */
export function useCourseList(initial: CourseFilter = { category: null, onlyOpen: true }) {
  const [filter, setFilter] = useState<CourseFilter>(initial);
  const list = usePagedList<CourseView>(
    (cursor) => api.training.listCourses(courseListPayload(filter, cursor)),
    `${filter.category ?? 'all'}|${filter.onlyOpen ? 'open' : 'any'}`,
    true,
    { lastSeen: 'training.courses' },
  );
  return { filter, setFilter, list };
}
