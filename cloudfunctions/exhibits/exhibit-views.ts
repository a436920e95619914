import type { ExhibitHistoryEntry } from '../../shared/src/exhibits/exhibit-history';
import { LIST_IMAGE_SIDE } from '../../shared/src/exhibits/image-kind';
import { maskName } from '../../shared/src/privacy/mask';
import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { Caller } from '../platform/runtime/caller';
import type { Files } from '../platform/ports/files';
import type { Doc, Store, Transaction } from '../platform/ports/store';
import type { ExhibitDoc, UploadDoc } from './exhibit-collections';
import { exhibitStatsCollection, uploadsCollection } from './exhibit-collections';
import { mayFollowExhibitHistory } from './may-see-exhibit';

export async function statsOf(store: Store, exhibitId: string) {
  const s = await store.collection(exhibitStatsCollection).get(exhibitId);
  return { views: s?.views ?? 0, likes: s?.likes ?? 0 };
}

/** Counts one view inside `tx` (the stats document is created on the first one). */
export async function countView(tx: Transaction, exhibitId: string): Promise<void> {
  const stats = await tx.get(exhibitStatsCollection, exhibitId);
  if (stats) await tx.update(exhibitStatsCollection, exhibitId, { inc: { views: 1 } });
  else await tx.insert(exhibitStatsCollection, { _id: exhibitId, views: 1, likes: 0 });
}

/** Whether a photo in this upload state may be shown on this exhibit. */
function shown(state: UploadDoc['contentCheck'], e: ExhibitDoc): boolean {
  return state !== 'refused' && !(state === 'pending' && e.status === 'published');
}

/**
 * The exhibit's photos anyone may be shown: never one WeChat's image check refused, and on a
 * published exhibit none still waiting for its verdict (publishing waits for them, so that only
 * happens to records from before the check). Photos without an upload record (seeded, older)
 * are shown.
 */
export async function shownImageIds(store: Store, e: ExhibitDoc): Promise<string[]> {
  const uploads = store.collection(uploadsCollection);
  const states = await Promise.all(
    e.imageFileIds.map(async (fileId) => (await uploads.get(fileId))?.contentCheck),
  );
  return e.imageFileIds.filter((_, i) => shown(states[i], e));
}

/** The first photo shown (a card needs only that one: usually a single look-up). */
async function firstShownImageId(store: Store, e: ExhibitDoc): Promise<string | null> {
  const uploads = store.collection(uploadsCollection);
  for (const fileId of e.imageFileIds) {
    if (shown((await uploads.get(fileId))?.contentCheck, e)) return fileId;
  }
  return null;
}

export async function imagesOf(store: Store, files: Files, e: ExhibitDoc) {
  const ids = await shownImageIds(store, e);
  return Promise.all(ids.map(async (fileId) => ({ fileId, url: await files.url(fileId) })));
}

/**
 * The card's picture: the small copy the phone uploaded with the first photo, else the first
 * photo shown — scaled by the platform where it can (CloudBase image processing), the original
 * elsewhere. The small copy goes with its photo: when that one is hidden, so is the copy.
 */
async function coverUrlOf(store: Store, files: Files, e: ExhibitDoc): Promise<string | null> {
  const cover = await firstShownImageId(store, e);
  if (!cover) return null;
  if (e.coverListFileId && cover === e.imageFileIds[0]) return files.url(e.coverListFileId);
  return files.url(cover, { maxSide: LIST_IMAGE_SIDE });
}

/** The signed-in viewer's user id, or null for an anonymous reader. */
export function viewerIdOf(caller: Caller): string | null {
  return caller.kind === 'user' ? caller.userId : null;
}

/**
 * The contributor as a viewer sees them: in full to themselves or when they chose to show their
 * name, masked (马*礼) to everyone else. Items without a contributing user (a village's own
 * compilations) show their byline as written.
 */
export function contributorNameFor(e: ExhibitDoc, viewerId: string | null): string | null {
  if (!e.contributorName) return null;
  if (e.contributorId === null) return e.contributorName;
  if (e.contributorId === viewerId || e.showContributorName === true) return e.contributorName;
  return maskName(e.contributorName);
}

export async function toExhibitCard(
  store: Store,
  files: Files,
  e: Doc<ExhibitDoc>,
  names: Map<string, string>,
  viewerId: string | null,
) {
  const { views, likes } = await statsOf(store, e._id);
  return {
    exhibitId: e._id,
    villageId: e.villageId,
    villageName: names.get(e.villageId) ?? null,
    category: e.category,
    title: freeTextFor(e.title, e.contributorId, viewerId),
    era: e.era === null ? null : freeTextFor(e.era, e.contributorId, viewerId),
    status: e.status,
    views,
    likes,
    coverUrl: await coverUrlOf(store, files, e),
  };
}

/** The stored history; an item from before it has one line, its submission. */
export function historyOf(e: ExhibitDoc): ExhibitHistoryEntry[] {
  if (e.history) return e.history;
  if (e.contributorId === null) return [];
  return [{ at: e.createdAt, kind: 'submitted', note: null, changed: [] }];
}

/** The history as this viewer may see it: in full to its contributor and curators, else none. */
export function historyFor(viewer: Caller, e: ExhibitDoc): ExhibitHistoryEntry[] {
  return mayFollowExhibitHistory(viewer, e) ? historyOf(e) : [];
}

export async function toExhibitView(
  store: Store,
  files: Files,
  e: Doc<ExhibitDoc>,
  villageName: string | null,
  likedByMe: boolean,
  viewer: Caller,
) {
  const viewerId = viewerIdOf(viewer);
  const shown = (text: string) => freeTextFor(text, e.contributorId, viewerId);
  const { views, likes } = await statsOf(store, e._id);
  return {
    exhibitId: e._id,
    version: e._version,
    villageId: e.villageId,
    villageName,
    category: e.category,
    title: shown(e.title),
    story: shown(e.story),
    era: e.era === null ? null : shown(e.era),
    images: await imagesOf(store, files, e),
    status: e.status,
    reviewNote: e.reviewNote,
    contributorName: contributorNameFor(e, viewerId),
    views,
    likes,
    likedByMe,
    demo: e.demo,
    createdAt: e.createdAt,
    history: historyFor(viewer, e),
  };
}
