import { useCallback, useState } from 'react';
import { useDraft } from '../drafts/use-draft';
import { useOutbox } from '../outbox/use-outbox';
import {
  CATEGORY_LABEL,
  EMPTY_FEEDBACK,
  checkFeedback,
  isFeedbackDraft,
  type FeedbackDraft,
} from './feedback-draft';

export interface UseFeedbackForm {
  values: FeedbackDraft;
  update: (patch: Partial<FeedbackDraft>) => void;
  fieldErrors: Record<string, string>;
  restored: boolean;
  /** Queues the feedback in the outbox; false when the form needs fixing first. */
  submit: () => boolean;
  /** Set after a successful queueing, until the next edit. */
  queued: boolean;
}

/** The 意见反馈 form: a stored draft, client checks, and the outbox for sending. */
export function useFeedbackForm(): UseFeedbackForm {
  const draft = useDraft<FeedbackDraft>('feedback', EMPTY_FEEDBACK, isFeedbackDraft);
  const { enqueue } = useOutbox({ fn: 'feedback', action: 'submit' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [queued, setQueued] = useState(false);

  const update = useCallback(
    (patch: Partial<FeedbackDraft>) => {
      setQueued(false);
      setFieldErrors({});
      draft.update(patch);
    },
    [draft],
  );

  const submit = useCallback(() => {
    const checked = checkFeedback(draft.value);
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return false;
    }
    enqueue({
      fn: 'feedback',
      action: 'submit',
      payload: checked.payload,
      label: `${CATEGORY_LABEL[checked.payload.category]}：${checked.payload.content.slice(0, 20)}`,
      keyPrefix: 'fb',
    });
    draft.clear();
    setQueued(true);
    return true;
  }, [draft, enqueue]);

  return { values: draft.value, update, fieldErrors, restored: draft.restored, submit, queued };
}
