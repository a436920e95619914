import { z } from 'zod';
import { EVERY_ROLE_OWN, PUBLIC_ACCESS } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';

/** The most characters `readText` takes: a form's question with its hint, a reviewer's note. */
export const READ_TEXT_MAX_CHARS = 300;

const Slug = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号不对');

/** Published text anyone may have read aloud; the server loads the text itself. */
export const ReadingSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('policy'), policyId: Slug }).strict(),
  z.object({ kind: z.literal('exhibit'), exhibitId: Slug }).strict(),
  z.object({ kind: z.literal('chapter'), villageId: Slug, chapterId: Slug }).strict(),
]);
export type ReadingSource = z.infer<typeof ReadingSource>;

const Piece = z
  .number({ error: '第几段要填数字' })
  .int('第几段要填整数')
  .min(0, '第几段不能小于 0')
  .max(199, '这段文字太长，读不到这么多段');

/** One piece read aloud: its text, how many pieces the whole has, and where its audio is. */
export const ReadingPiece = z.object({
  piece: z.number().int(),
  pieces: z.number().int(),
  text: z.string(),
  /** A temporary address of the audio clip (expires; ask again for a new one). */
  audioUrl: z.string(),
  mime: z.string(),
  bytes: z.number().int(),
  /**
   * Published text only: the clip was made before (by anyone) and was not synthesized again.
   * Never told for `readText` (it would say whether someone read that exact sentence before).
   */
  cached: z.boolean().optional(),
});
export type ReadingPiece = z.infer<typeof ReadingPiece>;

export const speechContract = defineFunction('speech', {
  read: action({
    summary: '朗读已发布的政策、展品或读本章节（一段一段）',
    input: z.object({ source: ReadingSource, piece: Piece.default(0) }).strict(),
    output: ReadingPiece,
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  readText: action({
    summary: '朗读一小段文字（表单的问题、审核意见），登录后可用',
    input: z
      .object({
        text: z
          .string({ error: '没有要朗读的文字' })
          .transform((s) => s.trim())
          .pipe(
            z
              .string()
              .min(1, '没有要朗读的文字')
              .max(READ_TEXT_MAX_CHARS, `要朗读的文字太长了，最多 ${READ_TEXT_MAX_CHARS} 个字`),
          ),
        piece: Piece.default(0),
      })
      .strict(),
    output: ReadingPiece,
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
});
