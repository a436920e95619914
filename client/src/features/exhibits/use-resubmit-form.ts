import { useCallback, useRef, useState } from 'react';
import { changedParts } from '@shared/exhibits/exhibit-history';
import type { ExhibitCategory } from '@shared/exhibits/exhibit-labels';
import { api } from '../../api/api';
import { usePhotoUploads } from '../images/use-photo-uploads';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { PHOTOS_MAX, STORY_MAX, TITLE_MAX } from './contribute-draft';
import { exhibitPhotoUploads } from './exhibit-photo-uploads';
import type { ExhibitDetailView, ResubmitExhibitPayload } from './exhibits-api';

export interface ResubmitForm {
  category: ExhibitCategory;
  title: string;
  story: string;
  era: string;
  photos: { fileId: string; url: string }[];
}

export type ResubmitState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'sent'; exhibit: ExhibitDetailView }
  | { phase: 'error'; message: string; fieldErrors: Record<string, string> };

/** The form as the returned item stands (text, kind and its photos). */
export function formOf(exhibit: ExhibitDetailView): ResubmitForm {
  return {
    category: exhibit.category,
    title: exhibit.title,
    story: exhibit.story,
    era: exhibit.era ?? '',
    photos: exhibit.images.map((i) => ({ fileId: i.fileId, url: i.url })),
  };
}

/** The same limits as the server, in plain words; and nothing sent when nothing changed. */
export function checkResubmit(
  exhibit: ExhibitDetailView,
  form: ResubmitForm,
):
  | { ok: true; payload: ResubmitExhibitPayload }
  | { ok: false; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const title = form.title.trim();
  const story = form.story.trim();
  const era = form.era.trim();
  if (title.length < 2 || title.length > TITLE_MAX)
    fieldErrors.title = `标题写 2 到 ${TITLE_MAX} 个字`;
  if (story.length < 10 || story.length > STORY_MAX) fieldErrors.story = '故事至少写 10 个字';
  if (era.length > 20) fieldErrors.era = '年代最多 20 个字';
  if (form.photos.length < 1) fieldErrors.photos = '至少放一张照片';
  if (form.photos.length > PHOTOS_MAX) fieldErrors.photos = `最多 ${PHOTOS_MAX} 张照片`;
  const imageFileIds = form.photos.map((p) => p.fileId);
  const before = {
    ...formOf(exhibit),
    era: exhibit.era,
    imageFileIds: exhibit.images.map((i) => i.fileId),
  };
  if (
    Object.keys(fieldErrors).length === 0 &&
    changedParts(before, { ...form, era, imageFileIds }).length === 0
  )
    fieldErrors.story = '您还没有改动，请按村里的意见修改后再提交';
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    payload: {
      exhibitId: exhibit.exhibitId,
      expectedVersion: exhibit.version,
      category: form.category,
      title,
      story,
      era,
      imageFileIds,
    },
  };
}

/**
 * 修改后重新提交: the returned item's text and photos, edited here (new photos uploaded as on
 * 投稿), then sent with the version the contributor opened. One idempotency key per content, so a
 * retry on a weak network sends once; someone acting meanwhile makes it CONFLICT.
 */
export function useResubmitForm(exhibit: ExhibitDetailView) {
  const [form, setForm] = useState<ResubmitForm>(() => formOf(exhibit));
  const [state, setState] = useState<ResubmitState>({ phase: 'idle' });
  const [keys] = useState(() => new Map<string, string>());
  const sending = useRef(false);
  const update = useCallback(
    (patch: Partial<ResubmitForm> | ((current: ResubmitForm) => Partial<ResubmitForm>)) => {
      setState((s) => (s.phase === 'error' ? { phase: 'idle' } : s));
      setForm((current) => ({
        ...current,
        ...(typeof patch === 'function' ? patch(current) : patch),
      }));
    },
    [],
  );
  const onUploaded = useCallback(
    (photo: { fileId: string; url: string }) =>
      update((current) => ({ photos: [...current.photos, photo] })),
    [update],
  );
  const photos = usePhotoUploads(exhibitPhotoUploads, PHOTOS_MAX - form.photos.length, onUploaded);
  const removePhoto = (fileId: string) =>
    update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));

  const send = useCallback(() => {
    if (sending.current) return;
    const checked = checkResubmit(exhibit, form);
    if (!checked.ok) {
      setState({ phase: 'error', message: '', fieldErrors: checked.fieldErrors });
      return;
    }
    sending.current = true;
    const body = JSON.stringify(checked.payload);
    const idempotencyKey = keys.get(body) ?? newIdempotencyKey('exr');
    keys.set(body, idempotencyKey);
    setState({ phase: 'sending' });
    void api.exhibits.resubmit(checked.payload, { idempotencyKey }).then((result) => {
      sending.current = false;
      if (result.ok) {
        setState({ phase: 'sent', exhibit: result.data });
        return;
      }
      setState({
        phase: 'error',
        message: result.error.message,
        fieldErrors: result.error.fieldErrors ?? {},
      });
    });
  }, [exhibit, form, keys]);

  return { form, update, photos, removePhoto, state, send };
}
