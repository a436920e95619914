import { useCallback, useEffect, useMemo, useState } from 'react';
import { clientEnv } from '../../env';
import {
  loadElderlyPreference,
  onElderlyPreferenceChange,
  resolveElderlyMode,
  saveElderlyPreference,
  type ElderlyPreference,
} from './elderly-mode-setting';
import { readSystemReadingHint } from './system-reading-hint';

export interface UseElderlyMode {
  /** Whether pages render in elderly mode now. */
  elderly: boolean;
  preference: ElderlyPreference;
  /** The phone asks for large text or high contrast. */
  systemSuggests: boolean;
  setPreference: (preference: ElderlyPreference) => void;
}

export function useElderlyMode(): UseElderlyMode {
  const [preference, setState] = useState<ElderlyPreference>(loadElderlyPreference);
  const hint = useMemo(() => readSystemReadingHint(clientEnv.platform), []);
  useEffect(() => onElderlyPreferenceChange(setState), []);
  const setPreference = useCallback((next: ElderlyPreference) => saveElderlyPreference(next), []);
  return {
    elderly: resolveElderlyMode(preference, hint),
    preference,
    systemSuggests: hint.largeText || hint.highContrast,
    setPreference,
  };
}
