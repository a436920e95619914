import { readStored, writeStored } from '../../storage/local-store';

/** What the villager chose in 我的: on, off, or follow the phone (the default). */
export type ElderlyPreference = 'on' | 'off' | 'system';

/** What the phone or browser says about reading comfort. */
export interface SystemReadingHint {
  /** The system font is set larger than normal. */
  largeText: boolean;
  /** The user asked the system for more contrast. */
  highContrast: boolean;
}

const KEY = 'elderly-mode.v1';
const PREFERENCES: readonly string[] = ['on', 'off', 'system'];

function isPreference(value: unknown): value is ElderlyPreference {
  return typeof value === 'string' && PREFERENCES.includes(value);
}

export function loadElderlyPreference(): ElderlyPreference {
  return readStored(KEY, isPreference) ?? 'system';
}

export function saveElderlyPreference(preference: ElderlyPreference): void {
  writeStored(KEY, preference);
  listeners.forEach((listener) => listener(preference));
}

type Listener = (preference: ElderlyPreference) => void;
const listeners = new Set<Listener>();

export function onElderlyPreferenceChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An explicit choice wins; otherwise large system text or high contrast turns the mode on. */
export function resolveElderlyMode(
  preference: ElderlyPreference,
  hint: SystemReadingHint,
): boolean {
  if (preference === 'on') return true;
  if (preference === 'off') return false;
  return hint.largeText || hint.highContrast;
}

/** The CSS classes of a page root: the theme, plus `psv-elderly` when the mode is on. */
export function themeClassName(elderly: boolean): string {
  return elderly ? 'psv-theme psv-elderly' : 'psv-theme';
}
