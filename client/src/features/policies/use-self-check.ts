import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { useDraft } from '../drafts/use-draft';
import { SELF_CHECK_RESULT_PATH } from './policy-paths';
import { forgetSelfCheckResult, saveSelfCheckResult } from './self-check-result-store';
import {
  EMPTY_SELF_CHECK,
  MAX_COUNT,
  SELF_CHECK_STEPS,
  isSelfCheckDraft,
  toAnswers,
  type HouseholdAnswer,
  type SchoolStage,
  type YesNoField,
} from './self-check-steps';

/** Screens 0…n-1 are the questions; screen n is 都答完了 with 查看结果. */
export const QUESTION_COUNT = SELF_CHECK_STEPS.length;

export type SubmitState =
  { state: 'idle' } | { state: 'sending' } | { state: 'error'; error: ClientCallError };

function clampCount(n: number): number {
  return Math.min(MAX_COUNT, Math.max(0, Math.round(n)));
}

/**
 * The 我能享受哪些政策 wizard: answers live in a local draft (`draft.policies.self-check`) and
 * go to the server only from `submit()`, i.e. when the villager taps 查看结果.
 */
export function useSelfCheck() {
  const draft = useDraft('policies.self-check', EMPTY_SELF_CHECK, isSelfCheckDraft);
  const { value, update } = draft;
  const step = Math.min(Math.max(0, Math.floor(value.step)), QUESTION_COUNT);
  const [submit, setSubmit] = useState<SubmitState>({ state: 'idle' });
  const sending = useRef(false);

  const goTo = useCallback(
    (next: number) => update({ step: Math.min(Math.max(0, next), QUESTION_COUNT) }),
    [update],
  );

  const send = useCallback(async () => {
    if (sending.current) return;
    const checked = toAnswers(value);
    if (!checked.ok) {
      goTo(checked.step);
      return;
    }
    sending.current = true;
    setSubmit({ state: 'sending' });
    const result = await api.policies.checkEligibility({ answers: checked.answers });
    sending.current = false;
    if (!result.ok) {
      setSubmit({ state: 'error', error: result.error });
      return;
    }
    saveSelfCheckResult(result.data.matches);
    setSubmit({ state: 'idle' });
    await Taro.navigateTo({ url: SELF_CHECK_RESULT_PATH });
  }, [goTo, value]);

  return {
    draft: value,
    step,
    /** The question on screen, or null on the last (查看结果) screen. */
    current: SELF_CHECK_STEPS[step] ?? null,
    restored: draft.restored,
    submit,
    next: () => goTo(step + 1),
    back: () => goTo(step - 1),
    answerHousehold: (householdCategory: HouseholdAnswer) =>
      update({ householdCategory, step: step + 1 }),
    answerYesNo: (field: YesNoField, answer: boolean) =>
      update({ yesNo: { ...value.yesNo, [field]: answer }, step: step + 1 }),
    setInSchool: (stage: SchoolStage, count: number) =>
      update({ inSchool: { ...value.inSchool, [stage]: clampCount(count) } }),
    setAged60Plus: (count: number) => update({ aged60Plus: clampCount(count) }),
    /** 查看结果: the only place the answers leave the phone. */
    send: () => void send(),
    /** 重新回答: forget the answers and the last result. */
    restart: () => {
      draft.clear();
      forgetSelfCheckResult();
      setSubmit({ state: 'idle' });
    },
  };
}
