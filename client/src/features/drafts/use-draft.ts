import { useCallback, useEffect, useRef, useState } from 'react';
import { readStored, removeStored, writeStored } from '../../storage/local-store';

export interface UseDraft<T> {
  value: T;
  /**
   * Replaces fields; the draft is saved to the device a moment later. A function receives the
   * latest value, for changes that finish after other edits (e.g. an upload).
   */
  update: (patch: Partial<T> | ((current: T) => Partial<T>)) => void;
  /** Forgets the draft (after it went into the outbox). */
  clear: () => void;
  /** True when the form opened with text saved from an earlier visit. */
  restored: boolean;
}

interface StoredDraft<T> {
  savedAt: number;
  value: T;
}

function isStoredDraft(value: unknown): value is StoredDraft<unknown> {
  return typeof value === 'object' && value !== null && 'value' in value && 'savedAt' in value;
}

/**
 * A form's values kept in device storage under `draft.<name>`, so a call, a crash or a closed
 * app does not lose what a villager typed. `accept` checks a stored value still fits the form.
 */
export function useDraft<T extends object>(
  name: string,
  initial: T,
  accept: (value: unknown) => value is T,
  saveDelayMs = 300,
): UseDraft<T> {
  const key = `draft.${name}`;
  const [state] = useState(() => {
    const stored = readStored(key, isStoredDraft);
    return stored && accept(stored.value)
      ? { value: stored.value, restored: true }
      : { value: initial, restored: false };
  });
  const [value, setValue] = useState<T>(state.value);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T>(state.value);
  // The first `initial` is the form's empty value; later renders' copies are ignored.
  const empty = useRef<T>(initial);

  const save = useCallback(() => {
    pending.current = null;
    writeStored(key, { savedAt: Date.now(), value: latest.current });
  }, [key]);

  const update = useCallback(
    (patch: Partial<T> | ((current: T) => Partial<T>)) => {
      const changes = typeof patch === 'function' ? patch(latest.current) : patch;
      const next = { ...latest.current, ...changes };
      latest.current = next;
      setValue(next);
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(save, saveDelayMs);
    },
    [save, saveDelayMs],
  );

  const clear = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    latest.current = empty.current;
    setValue(empty.current);
    removeStored(key);
  }, [key]);

  // Leaving the page saves at once instead of losing the last keystrokes.
  useEffect(
    () => () => {
      if (pending.current) {
        clearTimeout(pending.current);
        save();
      }
    },
    [save],
  );

  return { value, update, clear, restored: state.restored };
}
