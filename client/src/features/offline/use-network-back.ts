import { useEffect, useRef } from 'react';
import { onNetworkBack } from './network-status';

/** While `active`, calls `refresh` when the network comes back (a page showing 上次的内容). */
export function useNetworkBack(active: boolean, refresh: () => void): void {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  useEffect(() => {
    if (!active) return;
    return onNetworkBack(() => refreshRef.current());
  }, [active]);
}
