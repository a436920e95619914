/**
 * Certificate serial numbers: `LX2026-000123-K`, a year, a per-year sequence and a check letter
 * (a weighted sum mod 23) so a mistyped serial is caught before any lookup.
 */
const CHECK = 'ABCDEFGHJKLMNPQRSTUVWXY';

function checkLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * body.charCodeAt(i);
  return CHECK[sum % CHECK.length] ?? 'A';
}

export function certificateSerial(year: number, seq: number): string {
  const body = `LX${year}-${String(seq).padStart(6, '0')}`;
  return `${body}-${checkLetter(body)}`;
}

export function isWellFormedSerial(serial: string): boolean {
  const m = /^(LX\d{4}-\d{6})-([A-Z])$/.exec(serial);
  return Boolean(m?.[1] && checkLetter(m[1]) === m[2]);
}
