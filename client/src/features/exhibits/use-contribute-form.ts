import { useCallback, useMemo, useState } from 'react';
import { EXHIBIT_CATEGORY_LABEL } from '@shared/exhibits/exhibit-labels';
import { useDraft } from '../drafts/use-draft';
import { useOutbox } from '../outbox/use-outbox';
import {
  EMPTY_CONTRIBUTION,
  PHOTOS_MAX,
  checkContribution,
  isContributeDraft,
  type ContributeDraft,
} from './contribute-draft';
import {
  heldIdsOfDraft,
  useHeldPhotoUploads,
  type DraftPhoto,
} from '../images/use-held-photo-uploads';

/**
 * 我要投稿: a stored draft, photos kept on the phone and sent one by one (or, offline, with the
 * submission when the network returns), then `submit` through the outbox.
 */
export function useContributeForm() {
  const draft = useDraft<ContributeDraft>('exhibit', EMPTY_CONTRIBUTION, isContributeDraft);
  const { enqueue } = useOutbox({ fn: 'exhibits', action: 'submit' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [queued, setQueued] = useState(false);
  const { value, update: updateDraft, flush } = draft;

  const update = useCallback(
    (
      patch: Partial<ContributeDraft> | ((current: ContributeDraft) => Partial<ContributeDraft>),
    ) => {
      setQueued(false);
      setFieldErrors({});
      updateDraft(patch);
    },
    [updateDraft],
  );
  // A photo joins the draft as soon as it is kept on the phone (a held marker), and its marker is
  // swapped for the server's fileId once it has gone up; on a draft already sent, nothing happens.
  const handlers = useMemo(
    () => ({
      // Saved at once: the photo is on the phone, the draft must name it if the app is closed.
      onHeld: (photo: DraftPhoto) => {
        updateDraft((current) => ({ photos: [...current.photos, photo] }));
        flush();
      },
      onSent: (marker: string, photo: DraftPhoto) =>
        updateDraft((current) =>
          current.photos.some((p) => p.fileId === marker)
            ? { photos: current.photos.map((p) => (p.fileId === marker ? photo : p)) }
            : {},
        ),
    }),
    [flush, updateDraft],
  );
  const photos = useHeldPhotoUploads(
    'exhibits',
    true,
    value.photos,
    PHOTOS_MAX - value.photos.length,
    handlers,
  );
  const removePhoto = (fileId: string) => {
    const gone = value.photos.find((p) => p.fileId === fileId);
    if (gone) photos.release(gone);
    update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));
  };

  const submit = useCallback(() => {
    const checked = checkContribution(value);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return false;
    }
    enqueue({
      fn: 'exhibits',
      action: 'submit',
      payload: checked.payload,
      label: `村史投稿：${EXHIBIT_CATEGORY_LABEL[checked.payload.category]} ${checked.payload.title}`,
      keyPrefix: 'ex',
      photos: heldIdsOfDraft(value.photos),
    });
    draft.clear();
    setQueued(true);
    return true;
  }, [draft, enqueue, value]);

  return {
    values: value,
    update,
    fieldErrors,
    restored: draft.restored,
    photos,
    removePhoto,
    submit,
    queued,
  };
}
