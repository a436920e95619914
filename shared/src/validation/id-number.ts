/**
 * GB 11643-1999 citizen ID numbers: 17 digits + a check character (0-9 or X), with a real
 * birth date (YYYYMMDD at positions 7–14) not in the future and not before 1900.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'format' | 'birth_date' | 'checksum';

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号码应为18位（最后一位可以是X）',
  birth_date: '身份证号码里的出生日期不对',
  checksum: '身份证号码有误，请核对每一位',
};

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Upper-cases a trailing x and trims spaces; does not validate. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function idNumberBirthDate(id: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${y}-${mo}-${d}`;
}

/** Returns null when valid, else what is wrong. `today` bounds the birth date. */
export function checkIdNumber(raw: string, today: Date = new Date()): IdNumberProblem | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const birth = idNumberBirthDate(id);
  if (!birth) return 'birth_date';
  if (birth < '1900-01-01' || birth > today.toISOString().slice(0, 10)) return 'birth_date';
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
}

/** Age in whole years on `on` (ISO date) for a valid ID number. */
export function ageFromIdNumber(id: string, on: Date): number | null {
  const birth = idNumberBirthDate(normalizeIdNumber(id));
  if (!birth) return null;
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  let age = on.getUTCFullYear() - y;
  const beforeBirthday =
    on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}
