import { removeStored, storedKeys } from './local-store';

/**
 * Shared phones: everything personal is stored under the user it belongs to
 * (`u.<userId>.<name>`), so the next person on the phone never reads it. `null` is nobody
 * signed in; what is kept then is cleared at every logout.
 */
const ANONYMOUS = '-';

export function userScopedKey(userId: string | null, name: string): string {
  return `u.${userId ?? ANONYMOUS}.${name}`;
}

/** Drafts are what a person typed and has not sent: logout may keep them for their owner. */
const DRAFT = 'draft.';

export function draftKey(userId: string | null, form: string): string {
  return userScopedKey(userId, `${DRAFT}${form}`);
}

/** Keys of this user's drafts (what logout offers to keep). */
export function draftKeysOf(userId: string): string[] {
  const prefix = userScopedKey(userId, DRAFT);
  return storedKeys().filter((k) => k.startsWith(prefix));
}

/**
 * Logout: removes what this user (and nobody-signed-in) left on the phone; their drafts stay,
 * still hidden from others, when `keepDrafts`.
 */
export function clearUserData(userId: string, options: { keepDrafts: boolean }): void {
  const mine = userScopedKey(userId, '');
  const drafts = userScopedKey(userId, DRAFT);
  const anonymous = userScopedKey(null, '');
  for (const key of storedKeys()) {
    if (key.startsWith(anonymous)) removeStored(key);
    else if (key.startsWith(mine) && !(options.keepDrafts && key.startsWith(drafts)))
      removeStored(key);
  }
}
