/**
 * The offline shell of the h5 app (offline-shell.h5.ts: service worker, page chunks retried
 * and explained). The mini-program has its pages in its package, so there is nothing to do.
 */
export function installOfflineShell(): void {
  // weapp (and tests): WeChat delivers every page with the package.
}
