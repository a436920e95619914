import { useSyncExternalStore } from 'react';
import { appPrivacyGate } from './app-privacy-gate';
import type { PrivacyGate, PrivacyState } from './privacy-gate';

/** The gate's state, re-rendering when WeChat asks or the villager answers. */
export function usePrivacyGate(gate: PrivacyGate = appPrivacyGate()): {
  state: PrivacyState;
  gate: PrivacyGate;
} {
  const state = useSyncExternalStore(gate.subscribe, gate.state, gate.state);
  return { state, gate };
}
