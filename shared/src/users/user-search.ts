/**
 * The admin's 人员与角色 search box: 4 digits are the end of a phone number, anything else the
 * beginning of a name. Returns null for what cannot be searched (empty after trimming).
 */
export type UserSearch = { by: 'phone_last4'; last4: string } | { by: 'name'; prefix: string };

export const USER_SEARCH_MAX = 20;

export function parseUserSearch(raw: string): UserSearch | null {
  const q = raw.trim();
  if (!q) return null;
  if (/^\d{4}$/.test(q)) return { by: 'phone_last4', last4: q };
  return { by: 'name', prefix: q };
}

/** The last 4 digits of a normalised mobile number (kept beside the sealed phone for this search). */
export function phoneLast4(mobile: string): string {
  return mobile.slice(-4);
}
