import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import type { RemoteData } from '../../api/use-remote-data';
import type { SessionCode } from './training-api';

/** Next refresh: when the code runs out (at most a minute, at least 3 s from now). */
export function refreshDelayMs(validUntil: string, now: number = Date.now()): number {
  const until = Date.parse(validUntil);
  if (Number.isNaN(until)) return 60_000;
  return Math.min(60_000, Math.max(3_000, until - now + 500));
}

/**
 * The session's check-in code (trainer), fetched again when it rotates. A failed refresh keeps
 * the last code on screen and tries again in a few seconds.
 */
export function useSessionCode(courseId: string, sessionId: string) {
  const [data, setData] = useState<RemoteData<SessionCode>>({ state: 'loading' });
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const live = useRef(true);

  const fetchCode = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    void api.training.sessionCode({ courseId, sessionId }).then((result) => {
      if (!live.current) return;
      if (result.ok) {
        setData({ state: 'ready', data: result.data });
        timer.current = setTimeout(fetchCode, refreshDelayMs(result.data.validUntil));
      } else {
        setData((before) =>
          before.state === 'ready' ? before : { state: 'error', error: result.error },
        );
        timer.current = setTimeout(fetchCode, 5_000);
      }
    });
  }, [courseId, sessionId]);

  useEffect(() => {
    live.current = true;
    setData({ state: 'loading' });
    fetchCode();
    const tick = setInterval(() => setNow(Date.now()), 1_000);
    return () => {
      live.current = false;
      if (timer.current) clearTimeout(timer.current);
      clearInterval(tick);
    };
  }, [fetchCode]);

  const secondsLeft =
    data.state === 'ready'
      ? Math.max(0, Math.round((Date.parse(data.data.validUntil) - now) / 1000))
      : null;
  return { ...data, secondsLeft, reload: fetchCode };
}
