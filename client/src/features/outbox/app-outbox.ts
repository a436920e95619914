import Taro from '@tarojs/taro';
import { rawCall } from '../../api/api';
import { createOutbox, type Outbox } from './outbox';

let instance: Outbox | null = null;

/**
 * The app's one outbox, created on first use. It retries on its backoff timer, when the
 * phone gets its network back and when the app comes to the foreground again.
 */
export function appOutbox(): Outbox {
  if (instance) return instance;
  const outbox = createOutbox({ call: rawCall });
  instance = outbox;
  try {
    Taro.onNetworkStatusChange((status) => {
      if (status.isConnected) void outbox.flush({ force: true });
    });
    Taro.onAppShow(() => {
      void outbox.flush({ force: true });
    });
  } catch {
    // Platforms without these events still retry on the timer.
  }
  void outbox.flush();
  return outbox;
}
