import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';

/**
 * Whether the phone has a network, and when it comes back. h5 reads the browser's
 * `navigator.onLine` and its `online` event (Taro's h5 network events follow
 * `navigator.connection`, which does not change when the link drops); weapp uses WeChat's
 * network status events.
 */
export function knownOffline(): boolean {
  if (clientEnv.platform !== 'h5') return false;
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Calls `listener` each time the network comes back; answers the function that stops it. */
export function onNetworkBack(listener: () => void): () => void {
  if (clientEnv.platform !== 'h5') {
    const handler = (status: { isConnected: boolean }) => {
      if (status.isConnected) listener();
    };
    try {
      Taro.onNetworkStatusChange(handler);
      return () => Taro.offNetworkStatusChange(handler);
    } catch {
      return () => undefined;
    }
  }
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('online', listener);
  return () => window.removeEventListener('online', listener);
}
