/** Mainland China mobile numbers: 11 digits starting 13–19; an optional +86 / 86 prefix is dropped. */
export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
}

export function isMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(raw));
}

export const MOBILE_MESSAGE = '手机号应为11位，以1开头';
