import { absoluteFileUrl } from '../households/open-export-file';

/** Exhibit photos come as relative `/files/…` links signed for 10 minutes. */
export function exhibitImageUrl(url: string): string {
  return absoluteFileUrl(url);
}
