/**
 * A page's code comes in chunks loaded when the page is first opened (h5). On a weak or missing
 * network such a load fails with webpack's ChunkLoadError ("Loading chunk 12 failed") or
 * mini-css-extract's CSS_CHUNK_LOAD_FAILED; webpack forgets a failed chunk, so asking again
 * loads it again.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  if (e.name === 'ChunkLoadError' || e.code === 'CSS_CHUNK_LOAD_FAILED') return true;
  return typeof e.message === 'string' && /Loading (CSS )?chunk \S+ failed/.test(e.message);
}

/** Waits between tries: a short one for a blip, a longer one for a weak link. */
export const CHUNK_RETRY_DELAYS_MS: readonly number[] = [500, 2000];

export interface RetryOptions {
  delaysMs?: readonly number[];
  /** Waits `ms`; tests pass one that resolves at once. */
  wait?: (ms: number) => Promise<void>;
}

const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `load` tried again after each of `delaysMs` while it fails with a chunk load error; any other
 * failure, or the last chunk failure, is passed on unchanged.
 */
export function withChunkRetry<A extends unknown[], R>(
  load: (...args: A) => Promise<R>,
  options: RetryOptions = {},
): (...args: A) => Promise<R> {
  const delays = options.delaysMs ?? CHUNK_RETRY_DELAYS_MS;
  const wait = options.wait ?? realWait;
  return async (...args: A) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await load(...args);
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined || !isChunkLoadError(error)) throw error;
        await wait(delay);
      }
    }
  };
}
