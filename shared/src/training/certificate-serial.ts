/**
 * Certificate serial numbers: `LX2026-000123-7K4QM-A` — a year, a per-year sequence, a random
 * part and a check letter (a weighted sum mod 23) so a mistyped serial is caught before any
 * lookup. The random part means a serial cannot be guessed from its neighbours: verifying needs
 * the full serial. Serials issued before it existed (`LX2026-000123-K`) keep verifying.
 */
const CHECK = 'ABCDEFGHJKLMNPQRSTUVWXY';
/** Letters and digits that cannot be mistaken for one another on paper (no 0/O, 1/I/L). */
export const SERIAL_RANDOM_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SERIAL_RANDOM_LENGTH = 5;

/** Either form, upper case, after the phone or the contract has trimmed it. */
export const SERIAL_PATTERN = /^LX\d{4}-\d{6}(?:-[2-9A-HJKMNP-Z]{5})?-[A-Z]$/;

function checkLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * body.charCodeAt(i);
  return CHECK[sum % CHECK.length] ?? 'A';
}

/** `random` is SERIAL_RANDOM_LENGTH characters of SERIAL_RANDOM_ALPHABET, made by the caller. */
export function certificateSerial(year: number, seq: number, random: string): string {
  if (
    random.length !== SERIAL_RANDOM_LENGTH ||
    [...random].some((c) => !SERIAL_RANDOM_ALPHABET.includes(c))
  )
    throw new Error('certificate serial: bad random part');
  const body = `LX${year}-${String(seq).padStart(6, '0')}-${random}`;
  return `${body}-${checkLetter(body)}`;
}

/** The serial shown as an example (placeholders, hints): a real one, so it passes the check. */
export const EXAMPLE_SERIAL = 'LX2026-000123-7K4QM-B';

/** The longest serial, for input boxes. */
export const SERIAL_MAX_LENGTH = EXAMPLE_SERIAL.length;

export function isWellFormedSerial(serial: string): boolean {
  if (!SERIAL_PATTERN.test(serial)) return false;
  const body = serial.slice(0, -2);
  return checkLetter(body) === serial.slice(-1);
}
