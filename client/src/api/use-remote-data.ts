import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientCallError, ClientCallResult } from './client-call-result';

export type RemoteData<T> =
  { state: 'loading' } | { state: 'error'; error: ClientCallError } | { state: 'ready'; data: T };

/** Runs `load` on mount (and on `reload`), exposing loading / error / ready for the page. */
export function useRemoteData<T>(
  load: () => Promise<ClientCallResult<T>>,
  enabled = true,
): RemoteData<T> & { reload: () => void } {
  const [data, setData] = useState<RemoteData<T>>({ state: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setData({ state: 'loading' });
    void loadRef.current().then((result) => {
      if (mine !== generation.current) return;
      setData(
        result.ok ? { state: 'ready', data: result.data } : { state: 'error', error: result.error },
      );
    });
  }, []);

  useEffect(() => {
    if (enabled) reload();
  }, [enabled, reload]);

  return { ...data, reload };
}
