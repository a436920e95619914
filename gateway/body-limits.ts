/**
 * Every call body is small JSON. Photos no longer travel inside calls (issue 13: they go straight
 * to storage, locally through `POST /api/uploads/*`), so no function needs more than this; WeChat
 * advises call payloads under 100 KB, and the largest real call (a policy explainer with 20
 * paragraphs and 20 FAQs) is about 55 KB.
 */
export const DEFAULT_BODY_LIMIT = 100 * 1024;

/** The body limit of `POST /api/<fn>`: the same for every function. */
export function bodyLimitFor(_fn: string): number {
  return DEFAULT_BODY_LIMIT;
}
