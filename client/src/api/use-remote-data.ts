import { useCallback, useEffect, useRef, useState } from 'react';
import { callWithLastSeen } from '../features/offline/call-with-last-seen';
import { useNetworkBack } from '../features/offline/use-network-back';
import type { ClientCallError, ClientCallResult } from './client-call-result';

export type RemoteData<T> =
  | { state: 'loading' }
  | { state: 'error'; error: ClientCallError }
  | {
      state: 'ready';
      data: T;
      /** Set when there was no network and `data` is the phone's last-seen copy from then. */
      lastSeenAt?: number | null;
    };

export interface RemoteDataOptions {
  /**
   * Keep the answer on the phone under this name (per user) and show it when the network
   * fails; null keeps nothing. Name what the answer depends on: `policies.list|health`.
   */
  lastSeen?: string | null;
}

/**
 * Runs `load` on mount (and on `reload`), exposing loading / error / ready for the page. A read
 * that fails for want of a network answers the last-seen copy when one is kept (`lastSeen`),
 * else an error saying 没有网络，联网后再打开; either way it reads again when the network is back.
 */
export function useRemoteData<T>(
  load: () => Promise<ClientCallResult<T>>,
  enabled = true,
  options: RemoteDataOptions = {},
): RemoteData<T> & { reload: () => void } {
  const [data, setData] = useState<RemoteData<T>>({ state: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastSeenRef = useRef(options.lastSeen ?? null);
  lastSeenRef.current = options.lastSeen ?? null;
  const generation = useRef(0);

  const run = useCallback((showLoading: boolean) => {
    const mine = ++generation.current;
    if (showLoading) setData({ state: 'loading' });
    void callWithLastSeen(() => loadRef.current(), lastSeenRef.current).then((result) => {
      if (mine !== generation.current) return;
      setData(
        result.ok
          ? { state: 'ready', data: result.data, lastSeenAt: result.lastSeenAt }
          : { state: 'error', error: result.error },
      );
    });
  }, []);
  const reload = useCallback(() => run(true), [run]);

  useEffect(() => {
    if (enabled) reload();
  }, [enabled, reload]);

  // Offline: read again when the network is back; what is on the screen stays until it answers.
  const offline =
    (data.state === 'ready' && typeof data.lastSeenAt === 'number') ||
    (data.state === 'error' && data.error.code === 'NETWORK');
  useNetworkBack(offline, () => run(data.state === 'error'));

  return { ...data, reload };
}
