import Taro from '@tarojs/taro';

/**
 * JSON values in Taro storage (wx storage in weapp, localStorage in h5), under keys prefixed
 * `psv.`. Reads never throw: a missing or unreadable value is `null`.
 */
const PREFIX = 'psv.';

export function readStored<T>(key: string, accept: (value: unknown) => value is T): T | null {
  try {
    const raw: unknown = Taro.getStorageSync(PREFIX + key);
    if (raw === '' || raw === undefined || raw === null) return null;
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    return accept(value) ? value : null;
  } catch {
    return null;
  }
}

/** Returns false when the device refused to store (full, private mode). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(PREFIX + key);
  } catch {
    // Nothing to do: the value stays until the next successful write.
  }
}

/** Every stored key of the app (without the prefix), e.g. to clear one user's data. */
export function storedKeys(): string[] {
  try {
    return Taro.getStorageInfoSync()
      .keys.filter((k) => k.startsWith(PREFIX))
      .map((k) => k.slice(PREFIX.length));
  } catch {
    return [];
  }
}
