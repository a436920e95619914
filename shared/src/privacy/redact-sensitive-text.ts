/**
 * Defence in depth for logs: masks anything shaped like an 18-digit ID number or an 11-digit
 * mainland mobile inside free text. Logs should never receive them in the first place.
 */
const ID_LIKE = /(?<![0-9])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9])/g;
const MOBILE_LIKE = /(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])/g;

export function redactSensitiveText(text: string): string {
  return text
    .replace(
      ID_LIKE,
      (_m, a: string, _b: string, c: string) => `${a.slice(0, 4)}**********${c.slice(-4)}`,
    )
    .replace(MOBILE_LIKE, (_m, a: string, _b: string, c: string) => `${a}****${c}`);
}

/** True when the text holds an unmasked ID number or mobile (used by privacy scans in tests). */
export function containsSensitiveNumber(text: string): boolean {
  ID_LIKE.lastIndex = 0;
  MOBILE_LIKE.lastIndex = 0;
  const found = ID_LIKE.test(text) || MOBILE_LIKE.test(text);
  ID_LIKE.lastIndex = 0;
  MOBILE_LIKE.lastIndex = 0;
  return found;
}
