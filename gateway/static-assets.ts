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
