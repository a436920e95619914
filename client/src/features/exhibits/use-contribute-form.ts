import { useCallback, useState } from 'react';
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
import { usePhotoUploads } from '../images/use-photo-uploads';
import { exhibitPhotoUploads } from './exhibit-photo-uploads';

/** 我要投稿: a stored draft, photos uploaded one by one, then `submit` through the outbox. */
export function useContributeForm() {
  const draft = useDraft<ContributeDraft>('exhibit', EMPTY_CONTRIBUTION, isContributeDraft);
  const { enqueue } = useOutbox({ fn: 'exhibits', action: 'submit' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [queued, setQueued] = useState(false);
  const { value, update: updateDraft } = draft;

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
  // Several photos finish one after another: each adds itself to the latest list.
  const onUploaded = useCallback(
    (photo: { fileId: string; url: string }) =>
      update((current) => ({ photos: [...current.photos, photo] })),
    [update],
  );
  const photos = usePhotoUploads(exhibitPhotoUploads, PHOTOS_MAX - value.photos.length, onUploaded);
  const removePhoto = (fileId: string) =>
    update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));

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
