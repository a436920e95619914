import { clientEnv } from '../../env';

/** On <html> while elderly mode is on (h5): what lives outside a page, like the tab bar, scales too. */
export const ELDERLY_DOCUMENT_CLASS = 'psv-elderly-app';

export function markDocumentElderly(elderly: boolean): void {
  if (clientEnv.platform !== 'h5' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle(ELDERLY_DOCUMENT_CLASS, elderly);
}
