import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { RemoteData } from '../../api/use-remote-data';
import type { FeedbackCase, FeedbackStatus, InboxPayload } from './feedback-api';

/** 待我答复 (what waits for my level), one status of my area, or 全部. */
export type InboxFilter = 'todo' | 'all' | FeedbackStatus;

export function inboxPayload(filter: InboxFilter): InboxPayload {
  if (filter === 'todo' || filter === 'all') return { view: filter, limit: 50 };
  return { status: filter, limit: 50 };
}

/** The officials' 反馈待办 list, read again when the filter changes (the last answer wins). */
export function useFeedbackInbox() {
  const [filter, setFilter] = useState<InboxFilter>('todo');
  const [list, setList] = useState<RemoteData<{ items: FeedbackCase[] }>>({ state: 'loading' });
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setList({ state: 'loading' });
    void api.feedback.inbox(inboxPayload(filter)).then((result) => {
      if (mine !== generation.current) return;
      setList(
        result.ok ? { state: 'ready', data: result.data } : { state: 'error', error: result.error },
      );
    });
  }, [filter]);
  useEffect(() => {
    reload();
  }, [reload]);
  return { filter, choose: setFilter, list, reload };
}
