import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import type { UserFound } from './admin-api';

export type FindState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; items: UserFound[]; nextCursor: string | null; moreError?: string }
  | { state: 'error'; error: ClientCallError };

const PAGE = 20;

/** The admin's search: by the beginning of a name or a phone's last 4, 20 at a time. */
export function useFindUsers() {
  const [q, setQ] = useState('');
  const [result, setResult] = useState<FindState>({ state: 'idle' });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const generation = useRef(0);

  const search = useCallback(async () => {
    const text = q.trim();
    if (!text) {
      setFieldError('请输入姓名或手机号后4位');
      return;
    }
    setFieldError(null);
    const mine = ++generation.current;
    setResult({ state: 'searching' });
    const r = await api.users.findUsers({ q: text, limit: PAGE });
    if (mine !== generation.current) return;
    if (!r.ok) {
      setFieldError(r.error.fieldErrors?.q ?? null);
      setResult({ state: 'error', error: r.error });
      return;
    }
    setResult({ state: 'done', items: r.data.items, nextCursor: r.data.nextCursor });
  }, [q]);

  const loadMore = useCallback(async () => {
    if (result.state !== 'done' || !result.nextCursor) return;
    const mine = generation.current;
    const r = await api.users.findUsers({ q: q.trim(), limit: PAGE, cursor: result.nextCursor });
    if (mine !== generation.current) return;
    setResult(
      r.ok
        ? {
            state: 'done',
            items: [...result.items, ...r.data.items],
            nextCursor: r.data.nextCursor,
          }
        : { ...result, moreError: r.error.message },
    );
  }, [q, result]);

  /** After a role change the list shows the person's new role. */
  const replace = useCallback((user: UserFound) => {
    setResult((s) =>
      s.state === 'done'
        ? { ...s, items: s.items.map((u) => (u.userId === user.userId ? user : u)) }
        : s,
    );
  }, []);

  return { q, setQ, search, result, fieldError, loadMore, replace };
}
