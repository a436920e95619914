import { z } from 'zod';
import { checkIdNumber, ID_NUMBER_MESSAGES, normalizeIdNumber } from './id-number';
import { isMobile, MOBILE_MESSAGE, normalizeMobile } from './mobile';

/** A Chinese citizen ID number, normalized (upper-case X, no spaces) and checked (GB 11643). */
export const IdNumberField = z
  .string()
  .max(40, ID_NUMBER_MESSAGES.format)
  .transform(normalizeIdNumber)
  .superRefine((id, ctx) => {
    const problem = checkIdNumber(id);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem] });
  });

export const MobileField = z
  .string()
  .max(20, MOBILE_MESSAGE)
  .refine(isMobile, MOBILE_MESSAGE)
  .transform(normalizeMobile);

/** True for C0 control characters other than tab, newline and carriage return, and DEL. */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** Plain text a person typed: trimmed, no control characters, bounded. */
export function textField(max: number, min = 1) {
  return z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? '请填写此项' : `至少要填 ${min} 个字`)
        .max(max, `最多只能填 ${max} 个字`)
        .refine((s) => !hasControlCharacter(s), '内容里有无法识别的字符'),
    );
}

/** A person's name: 1–20 characters, Chinese or letters, with a middle dot allowed. */
export const PersonNameField = textField(20).refine(
  (s) => /^[\u4e00-\u9fa5A-Za-z·.\s]+$/.test(s),
  '姓名只能包含汉字或字母',
);

/** Cursor pagination input shared by list actions. */
export const PageInput = {
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
};
