import { useCallback, useState } from 'react';
import { usePhotoUploads, type PhotoUploadFeature } from '../images/use-photo-uploads';
import { riskPhotoUploads } from '../risk/risk-photo-uploads';

export const MAX_VISIT_PHOTOS = 6;

/**
 * 入户核实 photos, sent like every photo (features/images/use-photo-uploads.ts); the finished
 * ones are listed for the visit's `photoFileIds`. claims-work sends the insurer's 查勘 photos
 * with its own `feature`.
 */
export function useVisitPhotos(
  feature: PhotoUploadFeature = riskPhotoUploads,
  max: number = MAX_VISIT_PHOTOS,
) {
  const [photos, setPhotos] = useState<{ fileId: string; url: string }[]>([]);
  const onUploaded = useCallback(
    (photo: { fileId: string; url: string }) => setPhotos((before) => [...before, photo]),
    [],
  );
  const upload = usePhotoUploads(feature, max - photos.length, onUploaded);
  return {
    ...upload,
    photos,
    remove: (fileId: string) => setPhotos((before) => before.filter((p) => p.fileId !== fileId)),
  };
}
