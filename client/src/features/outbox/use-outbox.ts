import { useCallback, useEffect, useState } from 'react';
import { appOutbox } from './app-outbox';
import type { EnqueueInput, HeldItem, Outbox } from './outbox';
import type { OutboxItem } from './outbox-item';

export interface UseOutbox {
  /** The logged-in person's items. */
  items: readonly OutboxItem[];
  /** Other people's unsent items on this phone (whose and when only). */
  held: readonly HeldItem[];
  enqueue: (input: EnqueueInput) => OutboxItem;
  retryNow: () => void;
  dismiss: (key: string) => void;
}

/** The outbox's items (optionally for one function/action) and its commands, for a page. */
export function useOutbox(
  filter?: { fn: string; action?: string },
  outbox: Outbox = appOutbox(),
): UseOutbox {
  const read = useCallback(() => ({ mine: outbox.items(), held: outbox.held() }), [outbox]);
  const [state, setState] = useState(read);
  useEffect(() => {
    setState(read());
    return outbox.subscribe(() => setState(read()));
  }, [outbox, read]);
  const enqueue = useCallback((input: EnqueueInput) => outbox.enqueue(input), [outbox]);
  const retryNow = useCallback(() => void outbox.flush({ force: true }), [outbox]);
  const dismiss = useCallback((key: string) => outbox.dismiss(key), [outbox]);
  const fn = filter?.fn;
  const action = filter?.action;
  const matches = (item: { fn: string; action: string }) =>
    (!fn || item.fn === fn) && (!action || item.action === action);
  const items = state.mine.filter(matches);
  const held = state.held.filter(matches);
  return { items, held, enqueue, retryNow, dismiss };
}
