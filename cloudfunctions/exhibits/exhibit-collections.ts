import type { ExhibitHistoryEntry } from '../../shared/src/exhibits/exhibit-history';
import type { ExhibitCategory, ExhibitStatus } from '../../shared/src/exhibits/exhibit-labels';
import { defineCollection } from '../platform/ports/store';
import type { MediaCheckState } from '../platform/runtime/media-verdicts';

export interface ExhibitDoc {
  villageId: string;
  townId: string;
  category: ExhibitCategory;
  title: string;
  story: string;
  era: string | null;
  imageFileIds: string[];
  status: ExhibitStatus;
  reviewNote: string | null;
  contributorId: string | null;
  contributorName: string | null;
  /** The contributor chose to be named in full on the published item (else 马*礼). */
  showContributorName?: boolean;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** The small list copy of the first photo, when the phone sent one. */
  coverListFileId?: string | null;
  /** 投稿经过: submissions and review decisions, oldest first (items from before it lack it). */
  history?: ExhibitHistoryEntry[];
}

export interface UploadDoc {
  ownerId: string;
  /** The small list copy uploaded with this photo, if any. */
  listFileId?: string | null;
  contentType: string;
  bytes: number;
  createdAt: string;
  /**
   * When the photo is deleted unless an exhibit takes it (upload + 1 day); null once attached.
   * Uploads from before this field never expire.
   */
  sweepAfter?: string | null;
  /**
   * The image content check: passed, pending WeChat's asynchronous verdict (`traceId`), or refused
   * by it (the photo is then hidden everywhere and its bytes removed; see exhibit-media-check.ts).
   */
  contentCheck?: MediaCheckState;
  contentCheckTraceId?: string | null;
}

export interface LikeDoc {
  exhibitId: string;
  userId: string;
}

/**
 * Views and likes live beside the exhibit (same id), so counting them never changes the
 * exhibit's version that curators' edits are checked against.
 */
export interface ExhibitStatsDoc {
  views: number;
  likes: number;
}

export interface ChapterDoc {
  villageId: string;
  order: number;
  title: string;
  preface: string;
  exhibitIds: string[];
  updatedAt: string;
}

export const exhibitsCollection = defineCollection<ExhibitDoc>('exhibits', [
  { fields: ['status', 'villageId', 'createdAt'] },
  { fields: ['status', 'villageId', 'category', 'createdAt'] },
  { fields: ['status', 'category', 'createdAt'] },
  { fields: ['status', 'createdAt'] },
  { fields: ['contributorId', 'createdAt'] },
]);
export const uploadsCollection = defineCollection<UploadDoc>('uploads', [
  { fields: ['sweepAfter'] },
  { fields: ['contentCheckTraceId'] },
]);
export const likesCollection = defineCollection<LikeDoc>('exhibit_likes');
export const exhibitStatsCollection = defineCollection<ExhibitStatsDoc>('exhibit_stats');
export const chaptersCollection = defineCollection<ChapterDoc>('exhibit_chapters', [
  { fields: ['villageId', 'order'] },
]);

export const EXHIBIT_COLLECTIONS = [
  exhibitsCollection,
  exhibitStatsCollection,
  uploadsCollection,
  likesCollection,
  chaptersCollection,
] as const;

export const likeIdFor = (exhibitId: string, userId: string) => `${exhibitId}:${userId}`;
