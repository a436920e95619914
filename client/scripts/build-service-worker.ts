/**
 * `npm run build:h5` runs this after `taro build --type h5`: writes dist/h5/sw.js, the service
 * worker (Workbox generateSW) that keeps the app shell on the phone — index.html and every
 * js/css chunk of this build, so a tap while offline opens any page — and answers every page
 * address (navigation) with the kept index.html. API answers and files (/api/…) are never kept:
 * they are user data on shared phones and always go to the network. A new build's worker takes
 * over at once (skipWaiting + clientsClaim) and drops the old build's files; the app reloads a
 * page whose old chunk is gone (features/offline/offline-shell.h5.ts).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';

const H5_DIR = resolve(__dirname, '../dist/h5');

/**
 * The server's addresses, never answered from the shell: the API, and stored files (photos,
 * downloads at /files/…), which a link may open directly.
 */
export const NOT_THE_SHELL = [/^\/api\//, /^\/files\//];

async function main(): Promise<void> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error(`${H5_DIR}/index.html is missing: run taro build --type h5 first`);
  }
  const { count, size, warnings } = await generateSW({
    globDirectory: H5_DIR,
    globPatterns: ['index.html', '**/*.{js,css,png,jpg,jpeg,svg,gif,webp,ico,woff,woff2}'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
    swDest: join(H5_DIR, 'sw.js'),
    // Names carry a content hash (js/[name].[chunkhash:8].js, css/[name].[contenthash].css):
    // no revision needed, and the URL itself changes with the content.
    dontCacheBustURLsMatching: /\.[0-9a-f]{8,}\.(js|css)$/,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: NOT_THE_SHELL,
    // No runtimeCaching: nothing outside the build (API answers, /api/files photos) is kept.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(`service worker: dist/h5/sw.js keeps ${count} files (${Math.round(size / 1024)} KB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
