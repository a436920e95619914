/** Every call body is small JSON; this is the limit for all but the functions listed below. */
export const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * Functions with an action that carries a file as base64: `exhibits.uploadImage` sends one
 * compressed photo (≤ 3,000,000 base64 chars) and its list copy (≤ 420,000), so 4 MB;
 * `risk.uploadPhoto` one photo (≤ 3,000,000).
 */
const UPLOAD_BODY_LIMITS: Readonly<Record<string, number>> = {
  exhibits: 4 * 1024 * 1024,
  risk: 4 * 1024 * 1024,
};

export function bodyLimitFor(fn: string): number {
  return Object.hasOwn(UPLOAD_BODY_LIMITS, fn)
    ? (UPLOAD_BODY_LIMITS[fn] ?? DEFAULT_BODY_LIMIT)
    : DEFAULT_BODY_LIMIT;
}
