import { useEffect, useState } from 'react';

/**
 * How far each held photo the outbox is sending has gone (0–100), for the 本机提交记录 list:
 * on 2G a photo takes ~15 s, and the villager sees it move rather than a still 正在发送.
 */
const percents = new Map<string, number>();
const listeners = new Set<() => void>();

export function reportHeldPhotoProgress(localId: string, percent: number | null): void {
  if (percent === null) percents.delete(localId);
  else percents.set(localId, percent);
  listeners.forEach((listener) => listener());
}

export function heldPhotoProgress(localId: string): number | null {
  return percents.get(localId) ?? null;
}

/** Re-renders the caller whenever a held photo's progress changes. */
export function useHeldPhotoProgress(): (localId: string) => number | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return heldPhotoProgress;
}
