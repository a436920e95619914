import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';
import { exhibitDetailPath } from './exhibit-paths';

/** weapp: the share card's title and path (for `useShareAppMessage`). */
export function exhibitShareMessage(title: string, exhibitId: string) {
  return { title: `村史家珍：${title}`, path: exhibitDetailPath(exhibitId) };
}

/** h5: copy this page's link; false when the browser would not let us. */
export async function copyExhibitLink(exhibitId: string): Promise<boolean> {
  const link =
    clientEnv.platform === 'h5' && typeof location !== 'undefined'
      ? `${location.origin}${location.pathname}#${exhibitDetailPath(exhibitId)}`
      : exhibitDetailPath(exhibitId);
  try {
    await Taro.setClipboardData({ data: link });
    return true;
  } catch {
    return false;
  }
}
