import type { ExhibitChapter, UpsertChapterPayload } from './exhibits-api';

export const CHAPTER_TITLE_MAX = 30;
export const CHAPTER_TEXT_MAX = 1000;

/** One chapter as the editor holds it (order as typed, so a half-typed number stays). */
export interface ChapterDraft {
  chapterId: string;
  order: string;
  title: string;
  preface: string;
  /** Not saved yet (added here). */
  added: boolean;
}

export function draftOf(
  chapter: Pick<ExhibitChapter, 'chapterId' | 'order' | 'title' | 'preface'>,
): ChapterDraft {
  return {
    chapterId: chapter.chapterId,
    order: String(chapter.order),
    title: chapter.title,
    preface: chapter.preface,
    added: false,
  };
}

/** A new chapter after the last one, with an id of lowercase letters and digits. */
export function newChapter(existing: readonly ChapterDraft[], now: number): ChapterDraft {
  const last = Math.max(0, ...existing.map((c) => Number(c.order) || 0));
  return {
    chapterId: `ch-${now.toString(36)}`,
    order: String(Math.min(200, last + 1)),
    title: '',
    preface: '',
    added: true,
  };
}

/** The server's limits in plain words; the chapter keeps its items (none sent). */
export function checkChapter(
  villageId: string,
  draft: ChapterDraft,
):
  { ok: true; payload: UpsertChapterPayload } | { ok: false; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const title = draft.title.trim();
  const preface = draft.preface.trim();
  const order = Number(draft.order.trim());
  if (!Number.isInteger(order) || order < 1 || order > 200)
    fieldErrors.order = '顺序填 1 到 200 的整数';
  if (title.length < 2 || title.length > CHAPTER_TITLE_MAX)
    fieldErrors.title = `章节标题写 2 到 ${CHAPTER_TITLE_MAX} 个字`;
  if (preface.length > CHAPTER_TEXT_MAX) fieldErrors.preface = `正文最多 ${CHAPTER_TEXT_MAX} 个字`;
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, payload: { villageId, chapterId: draft.chapterId, order, title, preface } };
}
