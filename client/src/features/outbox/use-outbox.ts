import { useCallback, useEffect, useState } from 'react';
import { appOutbox } from './app-outbox';
import type { EnqueueInput, Outbox } from './outbox';
import type { OutboxItem } from './outbox-item';

export interface UseOutbox {
  items: readonly OutboxItem[];
  enqueue: (input: EnqueueInput) => OutboxItem;
  retryNow: () => void;
  dismiss: (key: string) => void;
}

/** The outbox's items (optionally for one function/action) and its commands, for a page. */
export function useOutbox(
  filter?: { fn: string; action?: string },
  outbox: Outbox = appOutbox(),
): UseOutbox {
  const [all, setAll] = useState<readonly OutboxItem[]>(() => outbox.items());
  useEffect(() => {
    setAll(outbox.items());
    return outbox.subscribe(setAll);
  }, [outbox]);
  const enqueue = useCallback((input: EnqueueInput) => outbox.enqueue(input), [outbox]);
  const retryNow = useCallback(() => void outbox.flush({ force: true }), [outbox]);
  const dismiss = useCallback((key: string) => outbox.dismiss(key), [outbox]);
  const fn = filter?.fn;
  const action = filter?.action;
  const items = all.filter(
    (item) => (!fn || item.fn === fn) && (!action || item.action === action),
  );
  return { items, enqueue, retryNow, dismiss };
}
