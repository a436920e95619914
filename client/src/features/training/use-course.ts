import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { RemoteData } from '../../api/use-remote-data';
import type { CourseView } from './training-api';

/**
 * One course (public): schedule, place, eligibility, seats. `reload` shows the loading state;
 * `refresh` fetches again quietly (after 报名 the seat count changes but the page stays put).
 */
export function useCourse(courseId: string) {
  const [data, setData] = useState<RemoteData<CourseView>>({ state: 'loading' });
  const generation = useRef(0);
  const fetchCourse = useCallback(
    (quiet: boolean) => {
      const mine = ++generation.current;
      if (!quiet) setData({ state: 'loading' });
      void api.training.getCourse({ courseId }).then((result) => {
        if (mine !== generation.current) return;
        if (result.ok) setData({ state: 'ready', data: result.data });
        else if (!quiet) setData({ state: 'error', error: result.error });
      });
    },
    [courseId],
  );
  const reload = useCallback(() => fetchCourse(false), [fetchCourse]);
  const refresh = useCallback(() => fetchCourse(true), [fetchCourse]);
  useEffect(() => {
    if (courseId) reload();
  }, [courseId, reload]);
  return { ...data, reload, refresh };
}
