import { useEffect } from 'react';
import { appPrivacyGate } from './app-privacy-gate';
import type { PrivacyGate } from './privacy-gate';

/**
 * A form that asks for photos, ID numbers, phone or health: on its first opening, ask WeChat
 * whether the villager still has to agree to the privacy guide, and if so show the sheet now
 * rather than in the middle of 选照片. Does nothing on h5.
 */
export function usePrivacyCheck(gate: PrivacyGate = appPrivacyGate()): void {
  useEffect(() => {
    void gate.checkOnFirstUse();
  }, [gate]);
}
