import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/api';
import { newIdempotencyKey } from '../../outbox/idempotency-key';
import type { HouseholdView } from '../households-api';
import type { HouseholdForm, MemberRow } from './household-form';
import {
  checkHouseholdForm,
  emptyMember,
  toCreatePayload,
  toUpdatePayload,
} from './household-form';

/**
 * 新建户 / 编辑户情: the form, checked as the server checks it, saved once per intended change
 * (one idempotency key until the form changes again). `before` is the household being edited.
 */
export function useHouseholdEditor(
  initial: HouseholdForm,
  before: HouseholdView | null,
  onSaved: (householdId: string) => void,
) {
  const [form, setForm] = useState<HouseholdForm>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef<string | null>(null);

  const touch = useCallback(() => {
    key.current = null;
    setMessage(null);
  }, []);

  const update = useCallback(
    (patch: Partial<HouseholdForm>) => {
      touch();
      setForm((f) => {
        const next = { ...f, ...patch };
        if (next.category !== 'monitored') next.monitorType = null;
        return next;
      });
      setFieldErrors((e) => {
        const rest = { ...e };
        for (const k of Object.keys(patch)) delete rest[k];
        return rest;
      });
    },
    [touch],
  );

  const updateMember = useCallback(
    (index: number, patch: Partial<MemberRow>) => {
      touch();
      setForm((f) => ({
        ...f,
        members: f.members.map((m, i) => (i === index ? { ...m, ...patch } : m)),
      }));
      setFieldErrors((e) => {
        const rest = { ...e };
        for (const k of Object.keys(patch)) delete rest[`members.${index}.${k}`];
        delete rest.members;
        return rest;
      });
    },
    [touch],
  );

  const addMember = useCallback(() => {
    touch();
    setForm((f) => ({
      ...f,
      members: [...f.members, emptyMember(f.members.length === 0 ? 'head' : 'child')],
    }));
  }, [touch]);

  // Row errors are keyed by index: they are cleared so none lands on the wrong row.
  const removeMember = useCallback(
    (index: number) => {
      touch();
      setForm((f) => ({ ...f, members: f.members.filter((_, i) => i !== index) }));
      setFieldErrors((e) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('members'))),
      );
    },
    [touch],
  );

  const submit = useCallback(async () => {
    if (sending) return;
    const errors = checkHouseholdForm(form, before === null);
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      setMessage('有几处需要改一改，请看标红的地方。');
      return;
    }
    const payload = before ? toUpdatePayload(form, before) : null;
    if (payload && Object.keys(payload).length <= 2) {
      setMessage('没有改动。');
      return;
    }
    key.current ??= newIdempotencyKey(before ? 'hhedit' : 'hhnew');
    setSending(true);
    const result = payload
      ? await api.households.update(payload, { idempotencyKey: key.current })
      : await api.households.create(toCreatePayload(form), { idempotencyKey: key.current });
    setSending(false);
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setMessage(result.error.message);
      return;
    }
    key.current = null;
    setMessage('已保存。');
    onSaved(result.data.householdId);
  }, [before, form, onSaved, sending]);

  return {
    form,
    update,
    updateMember,
    addMember,
    removeMember,
    submit,
    fieldErrors,
    message,
    sending,
  };
}
