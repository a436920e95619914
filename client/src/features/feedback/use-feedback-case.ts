import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { ClientCallResult } from '../../api/client-call-result';
import type { RemoteData } from '../../api/use-remote-data';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { FeedbackCase } from './feedback-api';

export type CaseAction =
  { kind: 'reply'; reply: string } | { kind: 'markHandled' } | { kind: 'passUp'; note?: string };

const DONE_TEXT: Record<CaseAction['kind'], string> = {
  reply: '已答复，群众会收到消息。',
  markHandled: '已标记为处理完。',
  passUp: '已转交上级，上级会在5个工作日内答复。',
};

function send(
  feedbackId: string,
  a: CaseAction,
  idempotencyKey: string,
): Promise<ClientCallResult<FeedbackCase>> {
  const options = { idempotencyKey };
  if (a.kind === 'reply') return api.feedback.reply({ feedbackId, reply: a.reply }, options);
  if (a.kind === 'markHandled') return api.feedback.markHandled({ feedbackId }, options);
  return api.feedback.passUp({ feedbackId, ...(a.note ? { note: a.note } : {}) }, options);
}

/**
 * One feedback for an official: read with `get`, replaced by each action's answer. One
 * idempotency key per distinct action, so a retried tap never answers twice; a CONFLICT (someone
 * else acted, or it moved to another level) reads the case again and shows the server's words.
 */
export function useFeedbackCase(feedbackId: string) {
  const [data, setData] = useState<RemoteData<FeedbackCase>>({ state: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<{
    message: string;
    fieldErrors: Record<string, string>;
  } | null>(null);
  const [sending, setSending] = useState(false);
  const keys = useRef(new Map<string, string>());

  const reload = useCallback(() => {
    void api.feedback.get({ feedbackId }).then((result) => {
      setData(
        result.ok ? { state: 'ready', data: result.data } : { state: 'error', error: result.error },
      );
    });
  }, [feedbackId]);

  useEffect(() => {
    if (feedbackId) reload();
  }, [feedbackId, reload]);

  const run = useCallback(
    (a: CaseAction, onDone?: () => void) => {
      if (sending) return;
      const name = JSON.stringify(a);
      const key = keys.current.get(name) ?? newIdempotencyKey('fbw');
      keys.current.set(name, key);
      setSending(true);
      setError(null);
      setNotice(null);
      void send(feedbackId, a, key).then((result) => {
        setSending(false);
        if (result.ok) {
          setData({ state: 'ready', data: result.data });
          setNotice(DONE_TEXT[a.kind]);
          onDone?.();
        } else if (result.error.code === 'CONFLICT') {
          setNotice(result.error.message);
          reload();
        } else {
          setError({ message: result.error.message, fieldErrors: result.error.fieldErrors ?? {} });
        }
      });
    },
    [feedbackId, reload, sending],
  );

  return { data, notice, error, sending, run, reload };
}
