import { readStored, removeStored, writeStored } from '../../storage/local-store';
import { userScopedKey } from '../../storage/user-scoped-key';

/**
 * The last answer each list showed, kept on the phone so the page still has something to show
 * without a network ("没有网络，显示的是上次的内容"). Kept per user (`u.<userId>.last-seen.*`,
 * see user-scoped-key.ts): the next person on a shared phone never sees it, and logout removes
 * it with the rest of the user's data. Bounded: the newest LAST_SEEN_LIMIT lists per user, each
 * at most LAST_SEEN_MAX_ITEMS items and LAST_SEEN_MAX_CHARS of JSON, none older than
 * LAST_SEEN_MAX_AGE_MS.
 */
export const LAST_SEEN_LIMIT = 12;
export const LAST_SEEN_MAX_ITEMS = 20;
export const LAST_SEEN_MAX_CHARS = 100_000;
export const LAST_SEEN_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Raised when what is kept changes shape, so an older app's copy is not read as the new one. */
const FORMAT = 1;

interface KeptList {
  format: number;
  savedAt: number;
  data: unknown;
}

interface IndexEntry {
  name: string;
  savedAt: number;
}

export interface LastSeen<T> {
  data: T;
  /** When it was kept (ms since the epoch). */
  savedAt: number;
}

const isKeptList = (value: unknown): value is KeptList => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.format === FORMAT && typeof v.savedAt === 'number' && 'data' in v;
};

const isIndex = (value: unknown): value is IndexEntry[] =>
  Array.isArray(value) &&
  value.every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const entry = e as Record<string, unknown>;
    return typeof entry.name === 'string' && typeof entry.savedAt === 'number';
  });

const listKey = (userId: string | null, name: string) => userScopedKey(userId, `last-seen.${name}`);
const indexKey = (userId: string | null) => userScopedKey(userId, 'last-seen-index');

/** A list's first LAST_SEEN_MAX_ITEMS items (objects with an `items` array); others as they are. */
export function trimForKeeping<T>(data: T): T {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const items = (data as { items?: unknown }).items;
  if (!Array.isArray(items) || items.length <= LAST_SEEN_MAX_ITEMS) return data;
  return { ...data, items: items.slice(0, LAST_SEEN_MAX_ITEMS) };
}

/**
 * Keeps `data` as `userId`'s last-seen copy of the list `name`, dropping that user's oldest
 * lists beyond LAST_SEEN_LIMIT. A copy too big to keep is not kept (the older one is removed,
 * so nothing out of date is shown as "上次的内容").
 */
export function keepLastSeen(
  userId: string | null,
  name: string,
  data: unknown,
  now: number = Date.now(),
): void {
  const entry: KeptList = { format: FORMAT, savedAt: now, data: trimForKeeping(data) };
  const index = (readStored(indexKey(userId), isIndex) ?? []).filter((e) => e.name !== name);
  if (JSON.stringify(entry).length > LAST_SEEN_MAX_CHARS) {
    removeStored(listKey(userId, name));
    writeStored(indexKey(userId), index);
    return;
  }
  const newestFirst = [{ name, savedAt: now }, ...index].sort((a, b) => b.savedAt - a.savedAt);
  const kept = newestFirst.slice(0, LAST_SEEN_LIMIT);
  for (const dropped of newestFirst.slice(LAST_SEEN_LIMIT))
    removeStored(listKey(userId, dropped.name));
  if (!writeStored(listKey(userId, name), entry)) {
    // The phone's storage is full: give up this user's older copies and try once more.
    for (const old of kept.slice(1)) removeStored(listKey(userId, old.name));
    const saved = writeStored(listKey(userId, name), entry);
    writeStored(indexKey(userId), saved ? kept.slice(0, 1) : []);
    return;
  }
  writeStored(indexKey(userId), kept);
}

/**
 * `userId`'s last-seen copy of the list `name`, or null when none is kept (or it is older than
 * LAST_SEEN_MAX_AGE_MS, which also removes it). The copy was written by the same hook that reads
 * it, so it has the type that hook asks for.
 */
export function readLastSeen<T>(
  userId: string | null,
  name: string,
  now: number = Date.now(),
): LastSeen<T> | null {
  const kept = readStored(listKey(userId, name), isKeptList);
  if (!kept) return null;
  if (now - kept.savedAt > LAST_SEEN_MAX_AGE_MS || kept.savedAt > now + 60_000) {
    removeStored(listKey(userId, name));
    return null;
  }
  return { data: kept.data as T, savedAt: kept.savedAt };
}
