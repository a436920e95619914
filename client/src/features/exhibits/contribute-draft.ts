import { EXHIBIT_CATEGORIES, type ExhibitCategory } from '@shared/exhibits/exhibit-labels';
import type { SubmitExhibitPayload } from './exhibits-api';

export const TITLE_MAX = 30;
export const STORY_MAX = 2000;
export const PHOTOS_MAX = 9;

/** What the contribute form keeps on the device (uploaded photos by their file id). */
export interface ContributeDraft {
  villageId: string;
  category: ExhibitCategory;
  title: string;
  story: string;
  era: string;
  /** Uploaded (fileId) or still on the phone (a held-photo marker, see images/held-photo.ts). */
  photos: { fileId: string; url: string; heldId?: string }[];
  /** Show my full name on the published item (otherwise 马*礼); drafts from before lack it. */
  showName?: boolean;
}

export const EMPTY_CONTRIBUTION: ContributeDraft = {
  villageId: '',
  category: 'old_photo',
  title: '',
  story: '',
  era: '',
  photos: [],
};

export function isContributeDraft(value: unknown): value is ContributeDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.villageId === 'string' &&
    typeof v.category === 'string' &&
    (EXHIBIT_CATEGORIES as readonly string[]).includes(v.category) &&
    typeof v.title === 'string' &&
    typeof v.story === 'string' &&
    typeof v.era === 'string' &&
    Array.isArray(v.photos)
  );
}

export type CheckedContribution =
  { ok: true; payload: SubmitExhibitPayload } | { ok: false; fieldErrors: Record<string, string> };

/** The same limits as the server, said in plain words before anything is sent. */
export function checkContribution(draft: ContributeDraft): CheckedContribution {
  const fieldErrors: Record<string, string> = {};
  const title = draft.title.trim();
  const story = draft.story.trim();
  const era = draft.era.trim();
  if (!draft.villageId) fieldErrors.villageId = '请选是哪个村的';
  if (title.length < 2 || title.length > TITLE_MAX)
    fieldErrors.title = `标题写 2 到 ${TITLE_MAX} 个字`;
  if (story.length < 10 || story.length > STORY_MAX) fieldErrors.story = '故事至少写 10 个字';
  if (era.length > 20) fieldErrors.era = '年代最多 20 个字';
  if (draft.photos.length < 1) fieldErrors.photos = '至少放一张照片';
  if (draft.photos.length > PHOTOS_MAX) fieldErrors.photos = `最多 ${PHOTOS_MAX} 张照片`;
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    payload: {
      villageId: draft.villageId,
      category: draft.category,
      title,
      story,
      ...(era ? { era } : {}),
      imageFileIds: draft.photos.map((photo) => photo.fileId),
      ...(draft.showName ? { showContributorName: true } : {}),
    },
  };
}
