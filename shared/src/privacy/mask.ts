/** Masking for display (DESIGN.md §5): `6229**********1234`, `138****5678`, `张*`. */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

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
