import { useCallback, useState } from 'react';
import { useDraft } from '../drafts/use-draft';
import { useOutbox } from '../outbox/use-outbox';
import { EMPTY_JOIN, isJoinDraft, joinCodeProblem, normaliseJoinCode } from './join-code';
import type { JoinDraft } from './join-code';
import type { JoinPayload } from './households-api';

/** The 加入码 form: a stored draft, the client check, and the outbox for sending. */
export function useJoinForm() {
  const draft = useDraft<JoinDraft>('households.join', EMPTY_JOIN, isJoinDraft);
  const outbox = useOutbox({ fn: 'households', action: 'join' });
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState(false);

  const update = useCallback(
    (code: string) => {
      setError(null);
      setQueued(false);
      draft.update({ code });
    },
    [draft],
  );

  const submit = useCallback(() => {
    const problem = joinCodeProblem(draft.value.code);
    if (problem) {
      setError(problem);
      return false;
    }
    const payload: JoinPayload = { code: normaliseJoinCode(draft.value.code) };
    outbox.enqueue({
      fn: 'households',
      action: 'join',
      payload,
      label: `加入码 ${payload.code}`,
      keyPrefix: 'hhjoin',
    });
    draft.clear();
    setQueued(true);
    return true;
  }, [draft, outbox]);

  return {
    code: draft.value.code,
    restored: draft.restored,
    update,
    submit,
    error,
    queued,
    outbox,
  };
}
