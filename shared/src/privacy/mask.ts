/**
 * Masking for display (DESIGN.md §5): `**************1234`, `138****5678`, `张*`. An ID number
 * shows no more than its last 4 (with the region and birth date, the last 4 rebuilt it).
 */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;
}

/** An ID number shown to someone who may not see even its last 4. */
export const HIDDEN_ID_NUMBER = '*'.repeat(18);

/** Masked form from the stored last four only (what most records keep). */
export function maskIdNumberFromLast4(last4: string): string {
  return `******${'*'.repeat(8)}${last4}`;
}

export function maskMobile(mobile: string): string {
  if (mobile.length !== 11) return '*'.repeat(mobile.length);
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
