import type { ExhibitCategory, ExhibitStatus } from './exhibit-labels';

/**
 * 投稿经过: every submission and every review decision of one contribution, oldest first. The
 * contributor and their village's cadre see it; a decision carries the cadre's note.
 */
export const EXHIBIT_HISTORY_KINDS = [
  'submitted',
  'resubmitted',
  'published',
  'rejected',
  'needs_edit',
] as const;
export type ExhibitHistoryKind = (typeof EXHIBIT_HISTORY_KINDS)[number];

/** What a resubmission may change. */
export const EXHIBIT_EDITABLE_PARTS = ['title', 'story', 'era', 'category', 'photos'] as const;
export type ExhibitEditablePart = (typeof EXHIBIT_EDITABLE_PARTS)[number];

export const EXHIBIT_PART_LABEL: Record<ExhibitEditablePart, string> = {
  title: '标题',
  story: '故事',
  era: '年代',
  category: '类别',
  photos: '照片',
};

export interface ExhibitHistoryEntry {
  at: string;
  kind: ExhibitHistoryKind;
  /** The cadre's note on a decision; null on submissions and on a plain 通过. */
  note: string | null;
  /** What a resubmission changed (empty on the other kinds). */
  changed: ExhibitEditablePart[];
}

export const EXHIBIT_HISTORY_LABEL: Record<ExhibitHistoryKind, string> = {
  submitted: '提交',
  resubmitted: '重新提交',
  published: '通过展出',
  rejected: '未通过',
  needs_edit: '退回',
};

/** Only a contribution the cadre sent back for an edit (退回修改) may be changed and sent again. */
export function mayResubmit(status: ExhibitStatus): boolean {
  return status === 'needs_edit';
}

export interface ExhibitContent {
  title: string;
  story: string;
  era: string | null;
  category: ExhibitCategory;
  imageFileIds: readonly string[];
}

/**
 * The parts a resubmission changes, in a fixed order. Photos count as changed when one is added,
 * removed or moved (the first is the cover); an empty era equals no era.
 */
export function changedParts(before: ExhibitContent, after: ExhibitContent): ExhibitEditablePart[] {
  const photosSame =
    before.imageFileIds.length === after.imageFileIds.length &&
    before.imageFileIds.every((id, i) => after.imageFileIds[i] === id);
  const changed: Record<ExhibitEditablePart, boolean> = {
    title: before.title.trim() !== after.title.trim(),
    story: before.story.trim() !== after.story.trim(),
    era: (before.era ?? '').trim() !== (after.era ?? '').trim(),
    category: before.category !== after.category,
    photos: !photosSame,
  };
  return EXHIBIT_EDITABLE_PARTS.filter((part) => changed[part]);
}

/** One line of the history as people read it: 提交 / 退回：照片太暗 / 重新提交（改了故事、照片）. */
export function historyLine(entry: ExhibitHistoryEntry): string {
  const label = EXHIBIT_HISTORY_LABEL[entry.kind];
  if (entry.kind === 'resubmitted' && entry.changed.length > 0)
    return `${label}（改了${entry.changed.map((p) => EXHIBIT_PART_LABEL[p]).join('、')}）`;
  return entry.note ? `${label}：${entry.note}` : label;
}
