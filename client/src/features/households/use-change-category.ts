import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { HouseholdCategory, HouseholdView, MonitorType } from './households-api';

export interface CategoryForm {
  category: HouseholdCategory;
  monitorType: MonitorType | null;
  reason: string;
}

export const REASON_MIN = 2;
export const REASON_MAX = 200;

/** The same rules as the server's ChangeCategoryInput, as sentences for the cadre. */
export function checkCategoryForm(form: CategoryForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.category === 'monitored' && !form.monitorType)
    errors.monitorType = '三类户需要选择监测类型';
  const reason = form.reason.trim();
  if (reason.length < REASON_MIN) errors.reason = '请写明调整的原因，至少2个字。';
  if (reason.length > REASON_MAX) errors.reason = `原因最多写${REASON_MAX}个字。`;
  return errors;
}

/** 调整户类: a cadre picks the new category (and monitor type), writes a reason, and sends. */
export function useChangeCategory(
  household: HouseholdView,
  onChanged: (view: HouseholdView) => void,
) {
  const [form, setForm] = useState<CategoryForm>({
    category: household.category,
    monitorType: household.monitorType,
    reason: '',
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One key per intended change, so a double tap or a retry after a timeout is not applied twice.
  const key = useRef<string | null>(null);

  const update = useCallback((patch: Partial<CategoryForm>) => {
    key.current = null;
    setFieldErrors({});
    setMessage(null);
    setForm((f) => {
      const next = { ...f, ...patch };
      if (next.category !== 'monitored') next.monitorType = null;
      return next;
    });
  }, []);

  const submit = useCallback(async () => {
    if (sending) return;
    const errors = checkCategoryForm(form);
    if (form.category === household.category && form.monitorType === household.monitorType)
      errors.category = '户类没有变化。';
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      return;
    }
    key.current ??= newIdempotencyKey('hhcat');
    setSending(true);
    const result = await api.households.changeCategory(
      {
        householdId: household.householdId,
        category: form.category,
        monitorType: form.category === 'monitored' ? form.monitorType : null,
        reason: form.reason.trim(),
      },
      { idempotencyKey: key.current },
    );
    setSending(false);
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setMessage(result.error.message);
      return;
    }
    key.current = null;
    setForm((f) => ({ ...f, reason: '' }));
    setMessage('已调整，记录已写入办事记录。');
    onChanged(result.data);
  }, [form, household, onChanged, sending]);

  return { form, update, submit, fieldErrors, message, sending };
}
