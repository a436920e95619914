import { useCallback, useMemo, useRef, useState } from 'react';
import { changedParts } from '@shared/exhibits/exhibit-history';
import type { ExhibitCategory } from '@shared/exhibits/exhibit-labels';
import { api } from '../../api/api';
import { useHeldPhotoUploads, type DraftPhoto } from '../images/use-held-photo-uploads';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { PHOTOS_MAX, STORY_MAX, TITLE_MAX } from './contribute-draft';
import type { ExhibitDetailView, ResubmitExhibitPayload } from './exhibits-api';

export interface ResubmitForm {
  category: ExhibitCategory;
  title: string;
  story: string;
  era: string;
  /** The item's photos and new ones: uploaded (fileId) or still on the phone (a held-photo marker). */
  photos: DraftPhoto[];
}

/** Said when 重新提交 is tapped while a new photo is still on the phone. */
const PHOTOS_NOT_SENT = '新照片还没传上去，有网后会自动上传，传完再点一次';

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
 * 修改后重新提交: the returned item's text and photos, edited here (new photos kept on the phone
 * and uploaded as on 投稿; the call waits until they are up), then sent with the version the contributor opened. One idempotency key per content, so a
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
  // A new photo joins the form as soon as it is kept on the phone (even offline) and goes up by
  // itself (again when the network returns); its marker is then swapped for the server's fileId.
  const handlers = useMemo(
    () => ({
      onHeld: (photo: DraftPhoto) => update((current) => ({ photos: [...current.photos, photo] })),
      onSent: (marker: string, photo: DraftPhoto) =>
        update((current) =>
          current.photos.some((p) => p.fileId === marker)
            ? { photos: current.photos.map((p) => (p.fileId === marker ? photo : p)) }
            : {},
        ),
    }),
    [update],
  );
  const photos = useHeldPhotoUploads(
    'exhibits',
    true,
    form.photos,
    PHOTOS_MAX - form.photos.length,
    handlers,
  );
  const removePhoto = (fileId: string) => {
    const gone = form.photos.find((p) => p.fileId === fileId);
    if (gone) photos.release(gone);
    update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));
  };
  const notSent = photos.busy || photos.waiting > 0;
  const { retry, release } = photos;

  const send = useCallback(() => {
    if (sending.current) return;
    // The resubmission names its photos by fileId: none may still be on the phone.
    if (notSent) {
      setState({ phase: 'error', message: '', fieldErrors: { photos: PHOTOS_NOT_SENT } });
      retry();
      return;
    }
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
        // The new photos are the server's now: they leave the phone.
        for (const photo of form.photos) if (photo.heldId) release(photo);
        setState({ phase: 'sent', exhibit: result.data });
        return;
      }
      setState({
        phase: 'error',
        message: result.error.message,
        fieldErrors: result.error.fieldErrors ?? {},
      });
    });
  }, [exhibit, form, keys, notSent, release, retry]);

  return { form, update, photos, removePhoto, state, send };
}
