import Taro from '@tarojs/taro';
import { Workbox } from 'workbox-window';
import { isChunkLoadError, withChunkRetry } from './chunk-load-retry';
import { pageOpenFailedShown, showPageOpenFailed } from './page-open-failed/page-open-failed';

/** webpack's runtime: `import()` of a page calls `__webpack_require__.e(chunkId)`. */
declare const __webpack_require__: { e: (chunkId: string | number) => Promise<unknown> };

/** Written into dist/h5 by client/scripts/build-service-worker.ts after `taro build --type h5`. */
const SERVICE_WORKER_URL = '/sw.js';

let installed = false;
/** A new build's service worker took over: the pages of the old one may be gone. */
let shellUpdated = false;

/**
 * h5: every page's chunk is tried again (twice, see chunk-load-retry.ts) before a page gives
 * up; a page that still does not open is explained with 重试 while the page before it (and the
 * tab bar) stays; and the service worker keeps the app's code on the phone so pages open offline.
 */
export function installOfflineShell(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  __webpack_require__.e = withChunkRetry(__webpack_require__.e);
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isChunkLoadError(event.reason)) return;
    // Explained on the screen below, so not an uncaught error any more.
    event.preventDefault();
    pageDidNotOpen();
  });
  registerServiceWorker();
}

function pageDidNotOpen(): void {
  if (pageOpenFailedShown()) return;
  const failedUrl = window.location.href;
  const offline = navigator.onLine === false;
  // A new build replaced this one: loading the page afresh gets the new build's pages.
  if (!offline && shellUpdated) {
    window.location.reload();
    return;
  }
  // Taro has already moved the address (and hidden the tab bar) for the page that did not
  // open: step back to the page still on the screen, which brings its tab bar back.
  const pageOpen = Taro.getCurrentPages().length > 0;
  if (pageOpen) window.history.back();
  showPageOpenFailed({
    offline,
    onRetry: () => {
      if (navigator.onLine) {
        // Online: load the app afresh at that page (also picks up a newer build).
        window.location.replace(failedUrl);
        window.location.reload();
      } else {
        window.location.assign(failedUrl);
      }
    },
    ...(pageOpen
      ? {}
      : {
          onHome: () => {
            window.location.assign('#/pages/home/index');
          },
        }),
  });
}

/**
 * How long after the page's load event the service worker is registered. Its install fetches
 * every file of the build (about 1.6 MB before compression); on a 2G link that would compete
 * with the villager's first taps, so it waits until the first page has settled.
 */
const REGISTER_AFTER_LOAD_MS = 8_000;

function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const wb = new Workbox(SERVICE_WORKER_URL);
  // The first worker to take the page (the first visit) is not an update; any later one is a
  // new build's (Workbox's own isUpdate misses an update found after the first install).
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) shellUpdated = true;
    controlled = true;
  });
  const register = () => {
    // A missing sw.js (a dev build) is no error for the villager: the app works without it.
    wb.register({ immediate: true }).catch(() => undefined);
  };
  const later = () => window.setTimeout(register, REGISTER_AFTER_LOAD_MS);
  // Already controlled (a later visit): register at once, which also checks for a new build.
  if (navigator.serviceWorker.controller) register();
  else if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
