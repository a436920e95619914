import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { staticCacheControl } from './static-cache-policy';

/**
 * The h5 build: each file as brotli or gzip when the browser accepts it and the build wrote a
 * `.br`/`.gz` copy beside it (client/scripts/precompress-h5.ts), with `Vary: Accept-Encoding`;
 * hashed files cached for a year as immutable, index.html, sw.js and every other plain name
 * revalidated each time. Routes that are not files fall back to index.html (hash router).
 */
export async function registerStaticAssets(app: FastifyInstance, h5Dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: h5Dir,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', staticCacheControl(filePath));
    },
  });
}

/**
 * Whether a GET the build has no file for is a page address (answered with index.html, for the
 * router) rather than a missing file. A script, stylesheet or image that is not there — an old
 * chunk asked for after a new build — is a 404, so the app's chunk retry sees a failure instead of
 * HTML it cannot run.
 */
export function isPageAddress(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  if (path.startsWith('/api/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.') || last.endsWith('.html');
}
