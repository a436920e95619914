import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../api/api';

export type TraineePhoneState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'shown'; phone: string }
  | { state: 'error'; message: string };

/**
 * 拨打 on the roster: asks the server for the full number (it leaves an audit entry), shows it,
 * and opens the dialler (WeChat's call sheet; a tel: link on h5).
 */
export function useTraineePhone(courseId: string, enrollmentId: string) {
  const [status, setStatus] = useState<TraineePhoneState>({ state: 'idle' });
  const busy = useRef(false);
  const call = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ state: 'loading' });
    const result = await api.training.traineePhone({ courseId, enrollmentId });
    busy.current = false;
    if (!result.ok) {
      setStatus({ state: 'error', message: result.error.message });
      return;
    }
    setStatus({ state: 'shown', phone: result.data.phone });
    // Cancelling the call sheet rejects; the number stays on screen to dial by hand.
    await Taro.makePhoneCall({ phoneNumber: result.data.phone }).catch(() => undefined);
  }, [courseId, enrollmentId]);
  return { status, call };
}
