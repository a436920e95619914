import { useMemo } from 'react';
import { useDraft } from '../drafts/use-draft';
import type { HeldFeature } from '../images/held-photo';
import { useHeldPhotoUploads, type DraftPhoto } from '../images/use-held-photo-uploads';

export const MAX_VISIT_PHOTOS = 6;

interface VisitPhotosDraft {
  photos: DraftPhoto[];
}
const isVisitPhotosDraft = (v: unknown): v is VisitPhotosDraft =>
  typeof v === 'object' && v !== null && Array.isArray((v as { photos?: unknown }).photos);

/** Said when a decision is tapped while a photo is still on the phone. */
export const PHOTOS_NOT_SENT = '照片还没传上去，有网后会自动上传，传完再点一次';

/**
 * 入户核实 photos (claims-work: the insurer's 查勘 photos, `feature` 'claims'), kept on the phone
 * as they are picked — on a weak link in a village too — in the reviewer's own draft for this
 * case (`draftName`), so a reload keeps them. Each goes up by itself (again when the network
 * returns); the decision, a direct call, waits until all are up (`notSent`) and then names
 * their fileIds. `sent` forgets them once the decision is recorded.
 */
export function useVisitPhotos(
  draftName: string,
  feature: HeldFeature = 'risk',
  max: number = MAX_VISIT_PHOTOS,
) {
  const draft = useDraft<VisitPhotosDraft>(
    `visit-photos.${draftName}`,
    { photos: [] },
    isVisitPhotosDraft,
  );
  const { update, flush } = draft;
  const handlers = useMemo(
    () => ({
      // Saved at once: the photo is on the phone, the draft must name it if the app is closed.
      onHeld: (photo: DraftPhoto) => {
        update((current) => ({ photos: [...current.photos, photo] }));
        flush();
      },
      onSent: (marker: string, photo: DraftPhoto) =>
        update((current) =>
          current.photos.some((p) => p.fileId === marker)
            ? { photos: current.photos.map((p) => (p.fileId === marker ? photo : p)) }
            : {},
        ),
    }),
    [flush, update],
  );
  const photos = draft.value.photos;
  const upload = useHeldPhotoUploads(feature, false, photos, max - photos.length, handlers);
  return {
    ...upload,
    photos,
    fileIds: photos.map((p) => p.fileId),
    remove: (fileId: string) => {
      const gone = photos.find((p) => p.fileId === fileId);
      if (gone) upload.release(gone);
      update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));
    },
    /** Photos still being compressed or not yet on the server: the decision waits. */
    notSent: upload.busy || upload.waiting > 0,
    /** The decision was recorded: the photos leave the phone and the draft. */
    sent: () => {
      for (const photo of photos) upload.release(photo);
      draft.clear();
    },
  };
}
