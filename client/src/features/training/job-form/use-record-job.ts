import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/api';
import { newIdempotencyKey } from '../../outbox/idempotency-key';
import type { JobForm } from './job-form-check';
import { EMPTY_JOB_FORM, checkJobForm } from './job-form-check';

export type RecordJobState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'saved' }
  | { state: 'refused'; message: string };

/** 登记就业 for one finished trainee: the form, its field errors and one key per intent. */
export function useRecordJob(enrollmentId: string) {
  const [form, setForm] = useState<JobForm>(EMPTY_JOB_FORM);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<RecordJobState>({ state: 'idle' });
  const key = useRef<string | null>(null);

  const update = useCallback((patch: Partial<JobForm>) => {
    key.current = null;
    setFieldErrors({});
    setStatus({ state: 'idle' });
    setForm((f) => ({ ...f, ...patch }));
  }, []);

  const submit = useCallback(async () => {
    if (status.state === 'sending') return;
    const checked = checkJobForm(enrollmentId, form);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    key.current ??= newIdempotencyKey('job');
    setStatus({ state: 'sending' });
    const result = await api.training.recordEmployment(checked.payload, {
      idempotencyKey: key.current,
    });
    if (result.ok) {
      setStatus({ state: 'saved' });
      return;
    }
    if (result.error.code !== 'NETWORK') key.current = null;
    setFieldErrors(result.error.fieldErrors ?? {});
    setStatus({ state: 'refused', message: result.error.message });
  }, [enrollmentId, form, status.state]);

  return { form, update, fieldErrors, status, submit };
}
