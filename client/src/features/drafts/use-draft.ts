import { useCallback, useEffect, useRef, useState } from 'react';
import { readStored, removeStored, writeStored } from '../../storage/local-store';
import { draftKey } from '../../storage/user-scoped-key';
import { useSession } from '../session/use-session';

export interface UseDraft<T> {
  value: T;
  /**
   * Replaces fields; the draft is saved to the device a moment later. A function receives the
   * latest value, for changes that finish after other edits (e.g. an upload).
   */
  update: (patch: Partial<T> | ((current: T) => Partial<T>)) => void;
  /** Forgets the draft (after it went into the outbox). */
  clear: () => void;
  /** Saves now what `update` would save a moment later (a photo just kept on the phone). */
  flush: () => void;
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

function load<T>(key: string, initial: T, accept: (value: unknown) => value is T) {
  const stored = readStored(key, isStoredDraft);
  return stored && accept(stored.value)
    ? { value: stored.value, restored: true }
    : { value: initial, restored: false };
}

/**
 * A form's values kept in device storage under the logged-in person's `draft.<name>`, so a
 * call, a crash or a closed app does not lose what a villager typed — and the next person on
 * the phone never sees it: when the login changes the form shows that person's own draft.
 * `accept` checks a stored value still fits the form.
 */
export function useDraft<T extends object>(
  name: string,
  initial: T,
  accept: (value: unknown) => value is T,
  saveDelayMs = 300,
): UseDraft<T> {
  const { session } = useSession();
  const key = draftKey(session?.userId ?? null, name);
  const [state, setState] = useState(() => ({ key, ...load(key, initial, accept) }));
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T>(state.value);
  // The key the value in `latest` belongs to: a save never writes one person's text under another.
  const latestKey = useRef(key);
  // The first `initial` is the form's empty value; later renders' copies are ignored.
  const empty = useRef<T>(initial);

  const save = useCallback(() => {
    pending.current = null;
    writeStored(latestKey.current, { savedAt: Date.now(), value: latest.current });
  }, []);

  // Someone else logged in: keep the last keystrokes for their owner, then show the new
  // person's own draft.
  if (state.key !== key) {
    if (pending.current) {
      clearTimeout(pending.current);
      save();
    }
    const next = { key, ...load(key, empty.current, accept) };
    latest.current = next.value;
    latestKey.current = key;
    setState(next);
  }

  const update = useCallback(
    (patch: Partial<T> | ((current: T) => Partial<T>)) => {
      const changes = typeof patch === 'function' ? patch(latest.current) : patch;
      const next = { ...latest.current, ...changes };
      latest.current = next;
      setState((s) => ({ ...s, value: next }));
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(save, saveDelayMs);
    },
    [save, saveDelayMs],
  );

  const clear = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    latest.current = empty.current;
    setState((s) => ({ ...s, value: empty.current }));
    removeStored(latestKey.current);
  }, []);

  const flush = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    save();
  }, [save]);

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

  const value = state.key === key ? state.value : latest.current;
  return { value, update, clear, flush, restored: state.restored };
}
