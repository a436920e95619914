import { useCallback, useRef, useState } from 'react';
import { api } from '../../../api/api';
import { newIdempotencyKey } from '../../outbox/idempotency-key';
import type { PolicyArticle } from '../policies-api';
import type { PolicyForm } from './policy-form';
import { checkPolicyForm, toUpsertPayload } from './policy-form';

/** 编辑政策 / 新增政策: saving publishes a new version; the old one stays under 历史版本. */
export function usePolicyEditor(
  initial: PolicyForm,
  before: PolicyArticle | null,
  onSaved: (policyId: string) => void,
) {
  const [form, setForm] = useState<PolicyForm>(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const key = useRef<string | null>(null);

  const update = useCallback((patch: Partial<PolicyForm>) => {
    key.current = null;
    setMessage(null);
    setForm((f) => ({ ...f, ...patch }));
    setFieldErrors((e) => {
      const rest = { ...e };
      for (const k of Object.keys(patch)) delete rest[k];
      return rest;
    });
  }, []);

  const setSection = useCallback((index: number, text: string) => {
    key.current = null;
    setMessage(null);
    setForm((f) => ({ ...f, body: f.body.map((b, i) => (i === index ? text : b)) }));
    setFieldErrors((e) => {
      const rest = { ...e };
      delete rest[`body.${index}`];
      delete rest.body;
      return rest;
    });
  }, []);

  const addSection = useCallback(() => update({ body: [...form.body, ''] }), [form.body, update]);
  // Section errors are keyed by index: cleared so none lands on the wrong section.
  const removeSection = useCallback((index: number) => {
    key.current = null;
    setForm((f) => ({ ...f, body: f.body.filter((_, i) => i !== index) }));
    setFieldErrors((e) =>
      Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('body'))),
    );
  }, []);

  const submit = useCallback(async () => {
    if (sending) return;
    const errors = checkPolicyForm(form, before === null);
    if (Object.keys(errors).length > 0) {
      setFieldErrors(errors);
      setMessage('有几处需要改一改，请看标红的地方。');
      return;
    }
    key.current ??= newIdempotencyKey('policy');
    setSending(true);
    const kept = before
      ? { faq: before.faq, examples: before.examples }
      : { faq: [], examples: [] };
    const result = await api.policies.upsert(toUpsertPayload(form, before, kept), {
      idempotencyKey: key.current,
    });
    setSending(false);
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setMessage(result.error.message);
      return;
    }
    key.current = null;
    setMessage(`已保存为第 ${result.data.version} 版。`);
    onSaved(result.data.policyId);
  }, [before, form, onSaved, sending]);

  return {
    form,
    update,
    setSection,
    addSection,
    removeSection,
    submit,
    fieldErrors,
    message,
    sending,
  };
}
