import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientCallError, ClientCallResult } from '../../api/client-call-result';

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
}

/**
 * A list read page by page with the server's cursor (`nextCursor` → `cursor`). `key` names
 * the query: when it changes the list starts again from the first page. Answers of an older
 * query are dropped.
 */
export function usePagedList<T>(
  load: (cursor: string | undefined) => Promise<ClientCallResult<Page<T>>>,
  key: string,
  enabled = true,
): PagedList<T> {
  const [items, setItems] = useState<readonly T[]>([]);
  const [state, setState] = useState<PagedList<T>['state']>('loading');
  const [error, setError] = useState<ClientCallError | null>(null);
  const [moreError, setMoreError] = useState<ClientCallError | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const busy = useRef(false);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    busy.current = true;
    setState('loading');
    setItems([]);
    setError(null);
    setMoreError(null);
    setCursor(null);
    setLoadingMore(false);
    void loadRef.current(undefined).then((result) => {
      if (mine !== generation.current) return;
      busy.current = false;
      if (!result.ok) {
        setError(result.error);
        setState('error');
        return;
      }
      setItems(result.data.items);
      setCursor(result.data.nextCursor);
      setState('ready');
    });
  }, []);

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

  return {
    state,
    items,
    error,
    hasMore: cursor !== null,
    loadingMore,
    moreError,
    loadMore,
    reload,
  };
}
