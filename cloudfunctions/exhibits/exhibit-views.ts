import { LIST_IMAGE_SIDE } from '../../shared/src/exhibits/image-kind';
import { maskName } from '../../shared/src/privacy/mask';
import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { Caller } from '../platform/runtime/caller';
import type { Files } from '../platform/ports/files';
import type { Doc, Store, Transaction } from '../platform/ports/store';
import type { ExhibitDoc } from './exhibit-collections';
import { exhibitStatsCollection } from './exhibit-collections';

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

export async function imagesOf(files: Files, e: ExhibitDoc) {
  return Promise.all(
    e.imageFileIds.map(async (fileId) => ({ fileId, url: await files.url(fileId) })),
  );
}

/**
 * The card's picture: the small copy the phone uploaded, else the first photo — scaled by the
 * platform where it can (CloudBase image processing), the original elsewhere.
 */
async function coverUrlOf(files: Files, e: ExhibitDoc): Promise<string | null> {
  if (e.coverListFileId) return files.url(e.coverListFileId);
  const cover = e.imageFileIds[0];
  return cover ? files.url(cover, { maxSide: LIST_IMAGE_SIDE }) : null;
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
    coverUrl: await coverUrlOf(files, e),
  };
}

export async function toExhibitView(
  store: Store,
  files: Files,
  e: Doc<ExhibitDoc>,
  villageName: string | null,
  likedByMe: boolean,
  viewerId: string | null,
) {
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
    images: await imagesOf(files, e),
    status: e.status,
    reviewNote: e.reviewNote,
    contributorName: contributorNameFor(e, viewerId),
    views,
    likes,
    likedByMe,
    demo: e.demo,
    createdAt: e.createdAt,
  };
}
