import { clientEnv } from '../../env';

/** The static first screen of src/index.html (h5 only), shown until a page has rendered. */
export const FIRST_SCREEN_ID = 'psv-first-screen';

/**
 * Removes the first screen once a page is on screen. CSS already hides it then (`:has`), this
 * covers browsers without `:has`. Nothing to do on weapp, which has no index.html.
 */
export function dismissFirstScreen(): void {
  if (clientEnv.platform !== 'h5' || typeof document === 'undefined') return;
  document.getElementById(FIRST_SCREEN_ID)?.remove();
  document.documentElement.classList.remove('psv-first-elderly');
}
