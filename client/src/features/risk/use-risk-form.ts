import { useCallback, useEffect, useState } from 'react';
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
import { usePhotoUploads } from '../images/use-photo-uploads';
import { riskPhotoUploads } from './risk-photo-uploads';

/**
 * 返贫风险申报: one question per screen. The answers and the screen live in a per-user draft
 * (closing the app loses nothing); 提交 checks the whole draft against the contract, then
 * queues `risk.submit` in the outbox, which sends it once when the network is there.
 */
export function useRiskForm() {
  const draft = useDraft<RiskDraft>('risk-report', EMPTY_RISK_DRAFT, isRiskDraft);
  const { enqueue } = useOutbox({ fn: 'risk', action: 'submit' });
  const [blocked, setBlocked] = useState<string | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [queuedKey, setQueuedKey] = useState<string | null>(null);
  const { value, update: updateDraft } = draft;
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

  const onUploaded = useCallback(
    (photo: { fileId: string; url: string }) =>
      update((current) => ({ photos: [...current.photos, photo] })),
    [update],
  );
  const photos = usePhotoUploads(riskPhotoUploads, PHOTOS_MAX - value.photos.length, onUploaded);
  const removePhoto = (fileId: string) =>
    update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));

  const submit = useCallback(() => {
    if (photos.busy) {
      setBlocked('照片还在上传，请稍等一下');
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
