/**
 * Free text (feedback, exhibit stories, notes) shown to anyone but its author: numbers shaped
 * like an ID number, a bank card, a mobile or a landline keep only their last 4 digits
 * (`我的电话 *** **** 5678`). Separators a person types between digit groups (spaces, dashes)
 * and full-width digits are seen through; dates, amounts and years stay as written.
 */
const DIGIT = '[0-9０-９]';
const SEP = '[ \\-－‐–]?';
/** A run of digits, maybe split by single separators, maybe ending in an ID's X. */
const CANDIDATE = new RegExp(
  `(?<![0-9０-９])${DIGIT}(?:${SEP}${DIGIT}){6,21}(?:${SEP}[Xx])?(?![0-9０-９Xx])`,
  'g',
);

function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function isSensitive(digits: string): boolean {
  // ID numbers (18 with check character, the old 15) and bank cards (16–19).
  if (/^\d{17}[\dXx]$/.test(digits) || /^\d{15,19}$/.test(digits)) return true;
  // Mainland mobiles, with or without the 86 country code.
  if (/^(?:86)?1[3-9]\d{9}$/.test(digits)) return true;
  // Landlines with their area code (0930-1234567).
  if (/^0\d{9,11}$/.test(digits)) return true;
  return false;
}

/** Masks every digit but the last 4, keeping separators where they were. */
function keepLast4(run: string): string {
  let toKeep = 4;
  const out: string[] = [];
  for (const ch of Array.from(run).reverse()) {
    if (/[0-9０-９Xx]/.test(ch)) {
      out.push(toKeep > 0 ? ch : '*');
      toKeep--;
    } else out.push(ch);
  }
  return out.reverse().join('');
}

export function redactFreeText(text: string): string {
  return text.replace(CANDIDATE, (run) => {
    const digits = asciiDigits(run).replace(/[^0-9Xx]/g, '');
    return isSensitive(digits) ? keepLast4(run) : run;
  });
}

/** The text as `viewer` may see it: whole for its author, redacted for everyone else. */
export function freeTextFor(
  text: string,
  authorId: string | null,
  viewerId: string | null,
): string {
  return authorId !== null && authorId === viewerId ? text : redactFreeText(text);
}
