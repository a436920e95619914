import type { Platform } from '../../env';

/** The tab pages: they have the tab bar, so no back control. */
export const TAB_PAGES = [
  'pages/home/index',
  'pages/history/index',
  'pages/services/index',
  'pages/me/index',
] as const;

export const HOME_PAGE = '/pages/home/index';

/**
 * Which control an h5 page shows at its top: WeChat draws its own back arrow on weapp, tab pages
 * have the tab bar; a sub-page goes back, or home when it was opened directly (nothing to go
 * back to, e.g. a link from a message).
 */
export function backTarget(
  platform: Platform,
  route: string | undefined,
  depth: number,
): 'back' | 'home' | null {
  if (platform !== 'h5' || route === undefined) return null;
  const page = route.replace(/^\//, '').split('?')[0] ?? '';
  if ((TAB_PAGES as readonly string[]).includes(page)) return null;
  return depth > 1 ? 'back' : 'home';
}
