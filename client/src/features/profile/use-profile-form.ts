import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { checkProfile, initialProfileForm, type ProfileForm } from './profile-check';
import type { MeView } from './users-api';

export type SaveState =
  | { state: 'editing' }
  | { state: 'saving' }
  | { state: 'saved'; me: MeView }
  | { state: 'refused'; message: string };

/**
 * 完善资料: the form lives in memory only — no draft, nothing written to the phone — so the
 * next person on a shared phone finds nothing of it, and the ID number is never stored in clear.
 */
export function useProfileForm(me: MeView) {
  const [form, setForm] = useState<ProfileForm>(() => initialProfileForm(me));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [save, setSave] = useState<SaveState>({ state: 'editing' });
  // One key per intended save: a double tap or a retry after a timeout is applied once.
  const key = useRef<string | null>(null);

  const update = useCallback((patch: Partial<ProfileForm>) => {
    key.current = null;
    setFieldErrors({});
    setSave((s) => (s.state === 'saving' ? s : { state: 'editing' }));
    setForm((f) => ({ ...f, ...patch }));
  }, []);

  const submit = useCallback(async () => {
    if (save.state === 'saving') return;
    const checked = checkProfile(form, me);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    key.current ??= newIdempotencyKey('prof');
    setSave({ state: 'saving' });
    const result = await api.users.updateProfile(checked.payload, {
      idempotencyKey: key.current,
    });
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setSave({ state: 'refused', message: result.error.message });
      return;
    }
    key.current = null;
    // What was typed is dropped at once: the ID number is shown only masked from now on.
    setForm((f) => ({ ...f, phone: '', idNumber: '', consent: false }));
    setSave({ state: 'saved', me: result.data });
  }, [form, me, save.state]);

  return { form, update, fieldErrors, save, submit };
}
