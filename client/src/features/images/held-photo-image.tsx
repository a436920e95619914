import { useEffect, useState } from 'react';
import { Image } from '@tarojs/components';
import { currentAuthor } from '../session/session-store';
import { appHeldPhotos } from './app-held-photos';
import { heldIdOf } from './held-photo';

/**
 * The thumbnail of a photo still on the phone: read from where it is held (after a reload the
 * address it had is gone), only for the person logged in.
 */
export function HeldPhotoImage({ fileId, className }: { fileId: string; className: string }) {
  const [src, setSrc] = useState('');
  useEffect(() => {
    const id = heldIdOf(fileId);
    const owner = currentAuthor()?.userId;
    if (!id || !owner) return;
    let live = true;
    void appHeldPhotos()
      .url(owner, id, 'photo')
      .then((url) => live && setSrc(url ?? ''))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [fileId]);
  return <Image className={className} src={src} mode="aspectFill" data-testid="photo-held-image" />;
}
