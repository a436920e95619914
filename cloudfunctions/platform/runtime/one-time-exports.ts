import { compareInstants } from '../../../shared/src/validation/instant';
import type { Clock } from '../ports/clock';
import type { Files } from '../ports/files';
import type { Logger } from '../ports/logger';
import type { Doc, Store } from '../ports/store';
import { defineCollection } from '../ports/store';
import { notFound } from './app-error';
import type { HandlerContext } from './handler-context';
import { newId } from './new-id';
import { requireUser } from './require-user';

/** An export stays claimable this long; the sweep removes it afterwards either way. */
export const EXPORT_TTL_MS = 15 * 60_000;

/**
 * After the claim, the copy handed to the client stays in storage this long at most: the client
 * removes it as soon as it has the bytes (`finishOneTimeDownload`), and the sweep (before each
 * export, on CloudBase's timer trigger and on the gateway's timer) removes what a client left.
 */
export const HANDOVER_GRACE_MS = 5 * 60_000;

/**
 * One generated export file (full ID numbers, city-wide lists): who may fetch it, once, until when.
 * The file itself lives in Files; this record is what the download and the sweep go by, so the
 * same rules hold on disk and on CloudBase storage (which cannot list or expire files by itself).
 *
 * Until the claim, `fileId` is the object under `exports/`, which no client can read (the gateway
 * refuses `exports/` links; CloudBase's storage rule lets clients read `downloads/` only). The claim
 * copies it to a fresh `downloads/` name first told to the claimer, and `fileId` becomes that copy.
 */
export interface ExportFileDoc {
  ownerId: string;
  fileId: string;
  fileName: string;
  contentType: string;
  createdAt: string;
  /** Until the claim: the end of the export's life. After it: the end of the handover window. */
  expiresAt: string;
  /** When its maker claimed the one download (never cleared: a second claim is refused). */
  downloadedAt: string | null;
  /** When the file was deleted from storage (after the download or by the sweep). */
  removedAt: string | null;
  /** The `exports/` original while the claim replaces it by its copy (removed with the record). */
  staleFileId?: string | null;
}

export const exportFilesCollection = defineCollection<ExportFileDoc>('export_files', [
  { fields: ['removedAt', 'expiresAt'] },
]);

const GONE = '这个导出文件已经下载过或已过期（15分钟内可下载一次），请重新导出。';

/** Stores a generated file as a one-time download for the caller and audits the export. */
export async function storeOneTimeExport(
  ctx: HandlerContext,
  file: { purpose: string; bytes: Buffer; contentType: string; fileName: string; note: string },
) {
  const caller = requireUser(ctx);
  await sweepExpiredExports(ctx.store, ctx.files, ctx.clock, ctx.logger);
  // A name of the port's own per export, so two cadres' exports are never the same object.
  const stored = await ctx.files.put({
    feature: 'exports',
    owner: caller.userId,
    purpose: file.purpose,
    bytes: file.bytes,
    contentType: file.contentType,
  });
  const now = ctx.clock.now();
  const exportId = newId();
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_MS).toISOString();
  await ctx.store.collection(exportFilesCollection).insert({
    _id: exportId,
    ownerId: caller.userId,
    fileId: stored.fileId,
    fileName: file.fileName,
    contentType: file.contentType,
    createdAt: now.toISOString(),
    expiresAt,
    downloadedAt: null,
    removedAt: null,
    staleFileId: null,
  });
  await ctx.audit.record({ entity: 'export', entityId: exportId, note: file.note });
  // The storage id is not told: nothing but the claim below ever hands a client a readable name.
  return { exportId, expiresAt };
}

/**
 * The one download of an export: only by the caller who made it, only once (the claim is a
 * version-checked write, so of two racing downloads one wins), only before it expires; audited.
 * The bytes do not travel in the answer (a call answer is capped at 6 MB on CloudBase, and a
 * city-wide workbook in base64 comes near it): the claim copies the file to a fresh `downloads/`
 * name, deletes the original, and answers with that name (weapp: `Taro.cloud.downloadFile`) and a
 * link (h5: the gateway's signed `/files/` link). The copy lives until the client says it has the
 * bytes (`finishOneTimeDownload`), at most `HANDOVER_GRACE_MS`.
 */
export async function claimOneTimeExport(ctx: HandlerContext, exportId: string) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const handoverUntil = new Date(now.getTime() + HANDOVER_GRACE_MS).toISOString();
  const claimed = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get(exportFilesCollection, exportId);
    if (!doc || doc.ownerId !== caller.userId) return null;
    if (doc.downloadedAt || doc.removedAt || compareInstants(doc.expiresAt, now.toISOString()) <= 0)
      return null;
    // From here the sweep removes the export within the handover window, whatever happens next.
    await tx.update(
      exportFilesCollection,
      exportId,
      { set: { downloadedAt: now.toISOString(), expiresAt: handoverUntil } },
      { ifVersion: doc._version },
    );
    await ctx.audit.record({ entity: 'export', entityId: exportId, to: 'downloaded' }, tx);
    return doc;
  });
  if (!claimed) throw notFound(GONE);
  const exports = ctx.store.collection(exportFilesCollection);
  const file = await ctx.files.get(claimed.fileId);
  if (!file) {
    await exports.update(exportId, { set: { removedAt: now.toISOString() } });
    throw notFound(GONE);
  }
  const copy = await ctx.files.put({
    feature: 'downloads',
    owner: caller.userId,
    purpose: 'export-download',
    bytes: file.bytes,
    contentType: claimed.contentType,
  });
  await exports.update(exportId, { set: { fileId: copy.fileId, staleFileId: claimed.fileId } });
  try {
    await ctx.files.remove(claimed.fileId);
    await exports.update(exportId, { set: { staleFileId: null } });
  } catch (e) {
    // The copy is handed over all the same; the sweep removes the original with it.
    ctx.logger.warn({ exportId, err: String(e) }, 'export original not removed at the claim');
  }
  return {
    fileName: claimed.fileName,
    contentType: claimed.contentType,
    bytes: file.bytes.length,
    fileId: copy.fileId,
    url: await ctx.files.url(copy.fileId),
    availableUntil: handoverUntil,
  };
}

/**
 * The client has the bytes (or gave up): the handed-over copy is deleted now rather than at the
 * end of the window. Only the maker, only after the claim; a second call changes nothing.
 */
export async function finishOneTimeDownload(ctx: HandlerContext, exportId: string) {
  const caller = requireUser(ctx);
  const doc = await ctx.store.collection(exportFilesCollection).get(exportId);
  if (!doc || doc.ownerId !== caller.userId || !doc.downloadedAt) throw notFound(GONE);
  if (!doc.removedAt) {
    await removeExportFile(ctx.store, ctx.files, doc, ctx.clock.now().toISOString());
    await ctx.audit.record({ entity: 'export', entityId: exportId, to: 'removed' });
  }
  return { removed: true as const };
}

async function removeExportFile(store: Store, files: Files, doc: Doc<ExportFileDoc>, now: string) {
  await files.remove(doc.fileId);
  if (doc.staleFileId) await files.remove(doc.staleFileId);
  await store.collection(exportFilesCollection).update(doc._id, { set: { removedAt: now } });
}

/**
 * Deletes every export file past its lifetime: unclaimed exports after `EXPORT_TTL_MS`, claimed
 * copies a client did not finish after `HANDOVER_GRACE_MS`. Runs before each export, on the
 * `households` function's CloudBase timer trigger (every 5 minutes) and on the local gateway's
 * timer; a few at a time keeps a call short.
 */
export async function sweepExpiredExports(
  store: Store,
  files: Files,
  clock: Clock,
  logger: Logger,
  limit = 20,
): Promise<number> {
  const now = clock.now().toISOString();
  const due = await store
    .collection(exportFilesCollection)
    .find({ removedAt: null, expiresAt: { $lte: now } }, { limit });
  let removed = 0;
  for (const doc of due.items) {
    try {
      await removeExportFile(store, files, doc, now);
      removed++;
    } catch (e) {
      logger.warn({ exportId: doc._id, err: String(e) }, 'export sweep could not remove a file');
    }
  }
  return removed;
}
