/** A long-lived answer for a file whose name changes whenever its content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked about again before each use (index.html, sw.js, anything unhashed). */
export const REVALIDATE = 'no-cache';

/**
 * Taro's h5 build names hashed files `<name>.<hex hash>.<ext>`: js/app.dcd305d6.js,
 * css/app.37de145059d34c03cbe2.css, static/images/x.5f3a9c21.png. Eight hex digits at least, so
 * a plain name like `sw.js` or `index.html` never matches.
 */
const HASHED_NAME = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/** Cache-Control for a file of the h5 build, from its path (a .br/.gz copy counts as its original). */
export function staticCacheControl(filePath: string): string {
  const name = filePath.replace(/\\/g, '/').split('/').pop() ?? '';
  const original = name.replace(/\.(br|gz)$/, '');
  return HASHED_NAME.test(original) ? IMMUTABLE : REVALIDATE;
}
