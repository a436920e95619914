import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientCallError, ClientCallResult } from '../../api/client-call-result';
import { callWithLastSeen } from '../offline/call-with-last-seen';
import { LAST_SEEN_MAX_ITEMS } from '../offline/last-seen-cache';
import { useNetworkBack } from '../offline/use-network-back';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  /** `loading` only for the first page; later pages set `loadingMore`. */
  state: 'loading' | 'error' | 'ready';
  items: readonly T[];
  error: ClientCallError | null;
  hasMore: boolean;
  loadingMore: boolean;
  /** The error of the last "load more", shown under the list; the items stay. */
  moreError: ClientCallError | null;
  loadMore: () => void;
  reload: () => void;
  /** Set when there was no network and `items` are the phone's last-seen copy from then. */
  lastSeenAt: number | null;
}

export interface PagedListOptions {
  /**
   * Keep the first page on the phone under this name (per user; `key` is added to it) and show
   * it when the network fails; null keeps nothing (e.g. a search).
   */
  lastSeen?: string | null;
}

/** The first page as kept: its first items; the rest is read again once online. */
function keptPage<T>(page: Page<T>): Page<T> {
  return page.items.length > LAST_SEEN_MAX_ITEMS
    ? { items: page.items.slice(0, LAST_SEEN_MAX_ITEMS), nextCursor: null }
    : page;
}

/**
 * A list read page by page with the server's cursor (`nextCursor` → `cursor`). `key` names
 * the query: when it changes the list starts again from the first page. Answers of an older
 * query are dropped. With `lastSeen`, a first page that fails for want of a network shows the
 * last-seen copy (`lastSeenAt`, no 加载更多); it reads again when the network is back.
 */
export function usePagedList<T>(
  load: (cursor: string | undefined) => Promise<ClientCallResult<Page<T>>>,
  key: string,
  enabled = true,
  options: PagedListOptions = {},
): PagedList<T> {
  const [items, setItems] = useState<readonly T[]>([]);
  const [state, setState] = useState<PagedList<T>['state']>('loading');
  const [error, setError] = useState<ClientCallError | null>(null);
  const [moreError, setMoreError] = useState<ClientCallError | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [lastSeenAt, setLastSeenAt] = useState<number | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastSeenName = options.lastSeen ? `${options.lastSeen}|${key}` : null;
  const lastSeenRef = useRef(lastSeenName);
  lastSeenRef.current = lastSeenName;
  const generation = useRef(0);
  const busy = useRef(false);

  const run = useCallback((showLoading: boolean) => {
    const mine = ++generation.current;
    busy.current = true;
    if (showLoading) {
      setState('loading');
      setItems([]);
      setCursor(null);
      setLastSeenAt(null);
    }
    setError(null);
    setMoreError(null);
    setLoadingMore(false);
    void callWithLastSeen(() => loadRef.current(undefined), lastSeenRef.current, keptPage).then(
      (result) => {
        if (mine !== generation.current) return;
        busy.current = false;
        if (!result.ok) {
          setItems([]);
          setCursor(null);
          setLastSeenAt(null);
          setError(result.error);
          setState('error');
          return;
        }
        setItems(result.data.items);
        // A kept copy has no "more": the server's cursor is read again once online.
        setCursor(result.lastSeenAt === null ? result.data.nextCursor : null);
        setLastSeenAt(result.lastSeenAt);
        setState('ready');
      },
    );
  }, []);
  const reload = useCallback(() => run(true), [run]);

  const loadMore = useCallback(() => {
    if (busy.current || !cursor) return;
    const mine = generation.current;
    busy.current = true;
    setLoadingMore(true);
    setMoreError(null);
    void loadRef.current(cursor).then((result) => {
      if (mine !== generation.current) return;
      busy.current = false;
      setLoadingMore(false);
      if (!result.ok) {
        setMoreError(result.error);
        return;
      }
      setItems((before) => [...before, ...result.data.items]);
      setCursor(result.data.nextCursor);
    });
  }, [cursor]);

  useEffect(() => {
    if (enabled) reload();
  }, [enabled, key, reload]);

  // Offline: read again when the network is back; what is on the screen stays until it answers.
  const offline = lastSeenAt !== null || (state === 'error' && error?.code === 'NETWORK');
  useNetworkBack(offline, () => run(state === 'error'));

  return {
    state,
    items,
    error,
    hasMore: cursor !== null,
    loadingMore,
    moreError,
    loadMore,
    reload,
    lastSeenAt,
  };
}
