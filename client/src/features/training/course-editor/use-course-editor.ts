import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../../api/api';
import { newIdempotencyKey } from '../../outbox/idempotency-key';
import type { CourseView } from '../training-api';
import { useCourse } from '../use-course';
import type { CourseForm, FieldErrors } from './course-form';
import { checkCourseForm, courseFormFrom, emptyCourseForm } from './course-form';

export type SaveState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'saved'; course: CourseView }
  | { state: 'refused'; message: string; code: string };

/**
 * 开课 (no id) or 编辑课程 (the course loaded, its version kept for the server's check): the
 * form, field errors from the client's checks and the server's, and one key per save intent.
 */
export function useCourseEditor(courseId: string | null) {
  const loaded = useCourse(courseId ?? '');
  const [form, setForm] = useState<CourseForm | null>(() =>
    courseId ? null : emptyCourseForm(new Date()),
  );
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const key = useRef<string | null>(null);

  const loadedCourse = loaded.state === 'ready' ? loaded.data : null;
  useEffect(() => {
    if (loadedCourse) setForm(courseFormFrom(loadedCourse));
  }, [loadedCourse]);

  const update = useCallback((patch: Partial<CourseForm>) => {
    key.current = null;
    setFieldErrors({});
    setSave({ state: 'idle' });
    setForm((f) => (f ? { ...f, ...patch } : f));
  }, []);

  const submit = useCallback(async () => {
    if (!form || save.state === 'sending') return;
    const checked = checkCourseForm(form);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    key.current ??= newIdempotencyKey('course');
    setSave({ state: 'sending' });
    const result = await api.training.upsertCourse(checked.payload, {
      idempotencyKey: key.current,
    });
    if (result.ok) {
      setSave({ state: 'saved', course: result.data });
      setForm(courseFormFrom(result.data));
      key.current = null;
      return;
    }
    if (result.error.code !== 'NETWORK') key.current = null;
    setFieldErrors(result.error.fieldErrors ?? {});
    setSave({ state: 'refused', message: result.error.message, code: result.error.code });
  }, [form, save.state]);

  return {
    loading: courseId !== null && loaded.state === 'loading',
    loadError: loaded.state === 'error' ? loaded.error : null,
    reload: loaded.reload,
    form,
    update,
    fieldErrors,
    save,
    submit,
  };
}
