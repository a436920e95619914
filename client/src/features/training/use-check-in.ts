import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../api/api';
import type { ClientCallError } from '../../api/client-call-result';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { parseSessionQr } from './session-qr-text';
import type { CheckInPayload, EnrollmentView } from './training-api';

export type CheckInState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; enrollment: EnrollmentView }
  | { state: 'error'; message: string; error?: ClientCallError };

/**
 * 签到. Sent straight away, not through the outbox: the code changes every minute, so a
 * retry an hour later could never succeed. Each attempt is one intent with one key; taps
 * while it is on its way are ignored.
 */
export function useCheckIn(courseId: string) {
  const [status, setStatus] = useState<CheckInState>({ state: 'idle' });
  const busy = useRef(false);

  const send = useCallback(async (payload: CheckInPayload) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ state: 'sending' });
    const result = await api.training.checkIn(payload, {
      idempotencyKey: newIdempotencyKey('trchk'),
    });
    busy.current = false;
    setStatus(
      result.ok
        ? { state: 'done', enrollment: result.data }
        : {
            state: 'error',
            // A wrong code comes back as a field error: show that sentence, it says what to do.
            message: Object.values(result.error.fieldErrors ?? {})[0] ?? result.error.message,
            error: result.error,
          },
    );
  }, []);

  const submitCode = useCallback(
    (sessionId: string, code: string) => {
      const trimmed = code.replace(/\s/g, '');
      if (!/^\d{6}$/.test(trimmed)) {
        setStatus({ state: 'error', message: '签到码是 6 位数字，请看老师屏幕上的数字。' });
        return;
      }
      void send({ courseId, sessionId, code: trimmed });
    },
    [courseId, send],
  );

  /** weapp: scan the QR code on the trainer's screen. */
  const scan = useCallback(async () => {
    let text: string;
    try {
      text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
    } catch {
      setStatus({
        state: 'error',
        message: '没有扫到二维码。也可以直接输入老师屏幕上的 6 位数字。',
      });
      return;
    }
    const qr = parseSessionQr(text);
    if (!qr) {
      setStatus({ state: 'error', message: '这不是培训签到的二维码，请扫老师屏幕上的码。' });
      return;
    }
    if (qr.courseId !== courseId) {
      setStatus({ state: 'error', message: '这是别的课程的签到码，请确认您上的是哪门课。' });
      return;
    }
    await send(qr);
  }, [courseId, send]);

  return { status, submitCode, scan };
}
