import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  preloadSubscriptionTemplates,
  requestSubscriptions,
} from '../notifications/request-subscriptions';
import { appOutbox } from '../outbox/app-outbox';
import type { Outbox } from '../outbox/outbox';
import type { OutboxItem } from '../outbox/outbox-item';
import { useOutbox } from '../outbox/use-outbox';
import type { EnrollmentView } from './training-api';

export type IntentAction = 'enroll' | 'cancel';

export type IntentState =
  | { state: 'idle' }
  /** Saved on the phone and being sent (retried with the same key on a weak network). */
  | { state: 'sending'; waitingForNetwork: boolean; message: string | null }
  | { state: 'done'; enrollment: EnrollmentView }
  /** The server said no (age, window, …): its message, shown as is. */
  | { state: 'refused'; message: string };

function payloadCourseId(item: OutboxItem): string | null {
  const p = item.payload;
  if (typeof p !== 'object' || p === null) return null;
  const id = (p as { courseId?: unknown }).courseId;
  return typeof id === 'string' ? id : null;
}

function isEnrollmentView(value: unknown): value is EnrollmentView {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { enrollmentId?: unknown }).enrollmentId === 'string' &&
    typeof (value as { status?: unknown }).status === 'string'
  );
}

const LABEL: Record<IntentAction, string> = { enroll: '培训报名', cancel: '取消报名' };

/**
 * 报名 / 取消报名 through the outbox. One tap is one intent with one idempotency key: while
 * that intent is on its way (or waiting for the network), more taps reuse it instead of
 * queueing another, so the server never sees two different keys for one intent. A new intent
 * starts only after the last one is answered.
 */
export function useEnrollmentIntent(
  action: IntentAction,
  courseId: string,
  courseTitle: string,
  outbox: Outbox = appOutbox(),
) {
  const { items, enqueue, retryNow } = useOutbox({ fn: 'training', action }, outbox);
  // WeChat asks for subscription consent only inside the tap: the template ids come first.
  useEffect(() => {
    if (action === 'enroll') preloadSubscriptionTemplates();
  }, [action]);
  const mine = useMemo(
    () => items.filter((item) => payloadCourseId(item) === courseId),
    [items, courseId],
  );
  // An intent still on its way from an earlier visit (or before an app restart) is adopted.
  const [key, setKey] = useState<string | null>(
    () =>
      outbox
        .items()
        .find(
          (i) =>
            i.fn === 'training' &&
            i.action === action &&
            payloadCourseId(i) === courseId &&
            (i.status === 'pending' || i.status === 'sending'),
        )?.key ?? null,
  );
  const keyRef = useRef<string | null>(key);

  const submit = useCallback(() => {
    // Read the queue itself, not React state: two taps in one frame see the same intent.
    const open = keyRef.current
      ? outbox
          .items()
          .find(
            (i) => i.key === keyRef.current && (i.status === 'pending' || i.status === 'sending'),
          )
      : undefined;
    if (open) {
      retryNow();
      return open.key;
    }
    // 候补转正 and 结业 come as a WeChat message when the villager agrees.
    if (action === 'enroll') requestSubscriptions(['training'], 'training');
    const item = enqueue({
      fn: 'training',
      action,
      payload: { courseId },
      label: `${LABEL[action]}：${courseTitle}`,
      keyPrefix: action === 'enroll' ? 'trenrol' : 'trcancel',
    });
    keyRef.current = item.key;
    setKey(item.key);
    return item.key;
  }, [action, courseId, courseTitle, enqueue, outbox, retryNow]);

  const current = key ? mine.find((i) => i.key === key) : undefined;
  let status: IntentState = { state: 'idle' };
  if (current?.status === 'pending' || current?.status === 'sending') {
    status = {
      state: 'sending',
      waitingForNetwork: Boolean(current.lastError),
      message: current.lastError?.message ?? null,
    };
  } else if (current?.status === 'sent' && isEnrollmentView(current.result)) {
    status = { state: 'done', enrollment: current.result };
  } else if (current?.status === 'failed') {
    status = { state: 'refused', message: current.lastError?.message ?? '没有办成，请稍后再试。' };
  }
  return { status, submit, key };
}

/** 报名 for one course. */
export function useEnroll(courseId: string, courseTitle: string, outbox?: Outbox) {
  return useEnrollmentIntent('enroll', courseId, courseTitle, outbox);
}
