import { useCallback, useEffect, useMemo, useState } from 'react';
import { isLateReport } from '@shared/claims/claim-schemas';
import { DEMO_CLAIM_SCHEME, type ClaimType } from '@shared/claims/claim-schemes';
import { useDraft } from '../drafts/use-draft';
import {
  heldIdsOfDraft,
  useHeldPhotoUploads,
  type DraftPhoto,
} from '../images/use-held-photo-uploads';
import {
  preloadSubscriptionTemplates,
  requestSubscriptions,
} from '../notifications/request-subscriptions';
import { useOutbox } from '../outbox/use-outbox';
import { checkClaimDraft, type ClaimDraftProblem } from './check-claim-draft';
import {
  EMPTY_CLAIM_DRAFT,
  PHOTOS_PER_ITEM,
  docItemOf,
  isClaimDraft,
  stepProblem,
  stepsFor,
  type ClaimDraft,
  type ClaimPhoto,
  type StepId,
} from './claim-draft';

const STILL_UPLOADING = '照片还在处理，请稍等';

/** A disaster reported more than 24 h after it (the day is known, not the hour). */
export function reportedLate(draft: Pick<ClaimDraft, 'type' | 'incidentOn'>, now = new Date()) {
  return draft.type !== null && draft.incidentOn !== ''
    ? isLateReport(draft.type, { on: draft.incidentOn }, now)
    : false;
}

/**
 * 申请理赔: one question per screen. The answers, the photos already uploaded and the screen
 * live in a per-user draft (closing the app loses nothing, the next person on the phone never
 * sees it); 提交 checks the whole draft against the contract, then queues `claims.submit` in the
 * outbox, which sends it once, as the person who filed it, when the network is there.
 */
export function useClaimForm() {
  const draft = useDraft<ClaimDraft>('claim-form', EMPTY_CLAIM_DRAFT, isClaimDraft);
  const { enqueue } = useOutbox({ fn: 'claims', action: 'submit' });
  const [blocked, setBlocked] = useState<string | null>(null);
  const [problems, setProblems] = useState<ClaimDraftProblem[]>([]);
  const [queued, setQueued] = useState<{ key: string; late: boolean } | null>(null);
  const { value, update: updateDraft, flush } = draft;
  // WeChat asks for subscription consent only inside the tap: the template ids come first.
  useEffect(() => preloadSubscriptionTemplates(), []);

  const steps = stepsFor(value);
  const index = Math.max(0, steps.indexOf(value.step));
  const step: StepId = steps[index] ?? 'who';
  const item = docItemOf(step);

  const update = useCallback(
    (patch: Partial<ClaimDraft> | ((current: ClaimDraft) => Partial<ClaimDraft>)) => {
      setBlocked(null);
      setProblems([]);
      setQueued(null);
      updateDraft(patch);
    },
    [updateDraft],
  );

  // One uploader, for the paper of the screen on show: a photo joins that paper as soon as it is
  // kept on the phone (leaving the screen waits only while it is compressed); once it has gone up
  // its marker is swapped for the fileId, on whichever paper it is.
  const handlers = useMemo(
    () => ({
      onHeld: (photo: DraftPhoto) => {
        if (!item) return;
        updateDraft((current) => ({
          documents: { ...current.documents, [item]: [...(current.documents[item] ?? []), photo] },
        }));
        flush(); // the photo is on the phone: the draft names it at once
      },
      onSent: (marker: string, photo: DraftPhoto) =>
        updateDraft((current) => ({
          documents: Object.fromEntries(
            Object.entries(current.documents).map(([k, list]) => [
              k,
              (list ?? []).map((p) => (p.fileId === marker ? photo : p)),
            ]),
          ),
        })),
    }),
    [flush, item, updateDraft],
  );
  const room = item ? PHOTOS_PER_ITEM - (value.documents[item]?.length ?? 0) : 0;
  const allPhotos: ClaimPhoto[] = Object.values(value.documents).flatMap((list) => list ?? []);
  const photos = useHeldPhotoUploads('claims', false, allPhotos, room, handlers);

  const leave = useCallback(
    (target: StepId | undefined) => {
      if (!target) return false;
      if (photos.busy) {
        setBlocked(STILL_UPLOADING);
        return false;
      }
      photos.uploads.forEach((u) => photos.dismiss(u.localId));
      update({ step: target });
      return true;
    },
    [photos, update],
  );

  const goTo = useCallback((target: StepId) => leave(target), [leave]);

  const next = useCallback(() => {
    const problem = stepProblem(value, step);
    if (problem) {
      setBlocked(problem);
      return false;
    }
    return leave(steps[index + 1]);
  }, [index, leave, step, steps, value]);

  const back = useCallback(() => leave(steps[index - 1]), [index, leave, steps]);

  const chooseType = useCallback(
    (type: ClaimType) =>
      update((current) => ({
        type,
        accidentOutcome: type === 'accident' ? current.accidentOutcome : null,
      })),
    [update],
  );

  const removePhoto = (fileId: string) => {
    if (!item) return;
    const gone = value.documents[item]?.find((p) => p.fileId === fileId);
    if (gone) photos.release(gone);
    update((current) => ({
      documents: {
        ...current.documents,
        [item]: (current.documents[item] ?? []).filter((p) => p.fileId !== fileId),
      },
    }));
  };

  const agree = useCallback(
    () => update((current) => ({ consentAt: current.consentAt ? null : new Date().toISOString() })),
    [update],
  );

  const submit = useCallback(() => {
    if (photos.busy) {
      setBlocked(STILL_UPLOADING);
      return false;
    }
    const checked = checkClaimDraft(value);
    if (!checked.ok) {
      setProblems(checked.problems);
      return false;
    }
    const { payload } = checked;
    requestSubscriptions(['progress'], 'claims');
    const label = DEMO_CLAIM_SCHEME.types[payload.type].label;
    const who = payload.proxy ? `替${payload.proxy.name}申请理赔` : '申请理赔';
    const queuedItem = enqueue({
      fn: 'claims',
      action: 'submit',
      payload,
      label: `${who}：${label}`,
      keyPrefix: 'claim',
      photos: heldIdsOfDraft(allPhotos),
    });
    const late = reportedLate(value);
    draft.clear();
    setQueued({ key: queuedItem.key, late });
    return true;
  }, [allPhotos, draft, enqueue, photos.busy, value]);

  return {
    values: value,
    update,
    steps,
    step,
    index,
    next,
    back,
    goTo,
    blocked,
    problems,
    chooseType,
    /** The paper of the screen on show (null off the photo screens). */
    item,
    photos,
    removePhoto,
    agree,
    submit,
    /** The claim just queued (the form shows 已保存 until the next edit). */
    queued,
    restored: draft.restored,
  };
}
