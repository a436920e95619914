import { useCallback, useEffect, useMemo, useState } from 'react';
import { RISK_TYPES } from '@shared/risk/risk-catalogue';
import { useDraft } from '../drafts/use-draft';
import { useOutbox } from '../outbox/use-outbox';
import { checkRiskDraft, type DraftProblem } from './check-risk-draft';
import {
  EMPTY_RISK_DRAFT,
  MAX_RISKS,
  PHOTOS_MAX,
  isRiskDraft,
  stepProblem,
  stepsFor,
  type RiskDraft,
  type StepId,
} from './risk-draft';
import {
  preloadSubscriptionTemplates,
  requestSubscriptions,
} from '../notifications/request-subscriptions';
import {
  heldIdsOfDraft,
  useHeldPhotoUploads,
  type DraftPhoto,
} from '../images/use-held-photo-uploads';

const STILL_PREPARING = '照片还在压缩，请稍等一下';

/**
 * 返贫风险申报: one question per screen. The answers and the screen live in a per-user draft
 * (closing the app loses nothing); 提交 checks the whole draft against the contract, then
 * queues `risk.submit` in the outbox, which sends it once when the network is there — after the
 * photos still held on the phone, in order (useHeldPhotoUploads).
 */
export function useRiskForm() {
  const draft = useDraft<RiskDraft>('risk-report', EMPTY_RISK_DRAFT, isRiskDraft);
  const { enqueue } = useOutbox({ fn: 'risk', action: 'submit' });
  const [blocked, setBlocked] = useState<string | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [queuedKey, setQueuedKey] = useState<string | null>(null);
  const { value, update: updateDraft, flush } = draft;
  // WeChat asks for subscription consent only inside the tap: the template ids come first.
  useEffect(() => preloadSubscriptionTemplates(), []);

  const steps = stepsFor(value);
  const index = Math.max(0, steps.indexOf(value.step));
  const step: StepId = steps[index] ?? 'who';

  const update = useCallback(
    (patch: Partial<RiskDraft> | ((current: RiskDraft) => Partial<RiskDraft>)) => {
      setBlocked(null);
      setProblems([]);
      setQueuedKey(null);
      updateDraft(patch);
    },
    [updateDraft],
  );

  const goTo = useCallback((target: StepId) => update({ step: target }), [update]);

  const next = useCallback(() => {
    const problem = stepProblem(value, step);
    if (problem) {
      setBlocked(problem);
      return false;
    }
    const following = steps[index + 1];
    if (following) update({ step: following });
    return true;
  }, [index, step, steps, update, value]);

  const back = useCallback(() => {
    const before = steps[index - 1];
    if (before) update({ step: before });
  }, [index, steps, update]);

  const toggleRisk = useCallback(
    (risk: RiskDraft['risks'][number]) =>
      update((current) => {
        if (current.risks.includes(risk)) {
          const risks = current.risks.filter((r) => r !== risk);
          return {
            risks,
            ...(risk === 'disaster' ? { disasterSubtype: null } : {}),
            ...(risks.some((r) => r === 'disaster' || r === 'accident') ? {} : { urgent: null }),
          };
        }
        if (current.risks.length >= MAX_RISKS) return {};
        return { risks: [...current.risks, risk] };
      }),
    [update],
  );

  // A photo joins the draft as soon as it is kept on the phone (counted in n/6 even offline);
  // once it has gone up its marker is swapped for the server's fileId.
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
    'risk',
    false,
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
    if (photos.busy) {
      setBlocked(STILL_PREPARING);
      return false;
    }
    const checked = checkRiskDraft(value);
    if (!checked.ok) {
      setProblems(checked.problems);
      return false;
    }
    requestSubscriptions(['progress'], 'risk');
    const labels = checked.payload.risks.map((r) => RISK_TYPES[r].label).join('、');
    const who = checked.payload.proxy ? `替${checked.payload.proxy.name}申报` : '返贫风险申报';
    const item = enqueue({
      fn: 'risk',
      action: 'submit',
      payload: checked.payload,
      label: `${who}：${labels}`,
      keyPrefix: 'risk',
      photos: heldIdsOfDraft(value.photos),
    });
    draft.clear();
    setQueuedKey(item.key);
    return true;
  }, [draft, enqueue, photos.busy, value]);

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
    toggleRisk,
    photos,
    removePhoto,
    submit,
    /** The outbox key of the report just queued (the form shows 已保存 until the next edit). */
    queuedKey,
    restored: draft.restored,
  };
}
