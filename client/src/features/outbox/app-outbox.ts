import Taro from '@tarojs/taro';
import { rawCall } from '../../api/api';
import { currentAuthor, onSessionChange } from '../session/session-store';
import { sendPendingRevocations } from '../session/pending-revocations';
import { appHeldPhotos } from '../images/app-held-photos';
import { reportHeldPhotoProgress } from '../images/held-photo-progress';
import { forgetHeldPhotoAnswer, sendHeldPhoto } from '../images/send-held-photo';
import { appHeldPhotoDeps } from './held-photo-senders';
import { createOutbox, type Outbox } from './outbox';

let instance: Outbox | null = null;

/**
 * The app's one outbox, created on first use. It retries on its backoff timer, when the
 * phone gets its network back, when the app comes to the foreground again and when someone
 * logs in (their held items go out then — only theirs).
 */
export function appOutbox(): Outbox {
  if (instance) return instance;
  const outbox = createOutbox({
    call: rawCall,
    currentUser: currentAuthor,
    photos: {
      send: (ownerId, localId) =>
        sendHeldPhoto(ownerId, localId, {
          ...appHeldPhotoDeps(),
          onProgress: (percent) => reportHeldPhotoProgress(localId, percent),
        }).finally(() => reportHeldPhotoProgress(localId, null)),
      release: (ownerId, localId) => appHeldPhotos().release(ownerId, localId),
      resend: (ownerId, localId) => forgetHeldPhotoAnswer(appHeldPhotos(), ownerId, localId),
    },
  });
  instance = outbox;
  const retry = () => {
    void sendPendingRevocations();
    void outbox.flush({ force: true });
  };
  onSessionChange(() => {
    void sendPendingRevocations();
    void outbox.userChanged();
  });
  try {
    Taro.onNetworkStatusChange((status) => {
      if (status.isConnected) retry();
    });
    Taro.onAppShow(retry);
  } catch {
    // Platforms without these events still retry on the timer.
  }
  // h5: Taro's network event needs navigator.connection; the browser's `online` is always there.
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function')
    window.addEventListener('online', retry);
  // Logouts made offline in an earlier run of the app still reach the server.
  void sendPendingRevocations();
  void outbox.flush();
  return outbox;
}
