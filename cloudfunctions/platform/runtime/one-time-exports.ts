import { compareInstants } from '../../../shared/src/validation/instant';
import type { Clock } from '../ports/clock';
import type { Files } from '../ports/files';
import type { Logger } from '../ports/logger';
import type { Store } from '../ports/store';
import { defineCollection } from '../ports/store';
import { notFound } from './app-error';
import type { HandlerContext } from './handler-context';
import { newId } from './new-id';
import { requireUser } from './require-user';

/** An export stays downloadable this long; the sweep removes it afterwards either way. */
export const EXPORT_TTL_MS = 15 * 60_000;

/**
 * One generated export file (full ID numbers, city-wide lists): who may fetch it, once, until when.
 * The file itself lives in Files; this record is what the download and the sweep go by, so the
 * same rules hold on disk and on CloudBase storage (which cannot list or expire files by itself).
 */
export interface ExportFileDoc {
  ownerId: string;
  fileId: string;
  fileName: string;
  contentType: string;
  createdAt: string;
  expiresAt: string;
  downloadedAt: string | null;
  /** When the file was deleted from storage (after the download or by the sweep). */
  removedAt: string | null;
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
  });
  await ctx.audit.record({ entity: 'export', entityId: exportId, note: file.note });
  return { exportId, fileId: stored.fileId, expiresAt };
}

/**
 * The one download of an export: only by the caller who made it, only once (the claim is a
 * version-checked write, so of two racing downloads one wins), only before it expires. The bytes
 * go back in the answer and the file is deleted from storage right after; the download is audited.
 */
export async function downloadOneTimeExport(ctx: HandlerContext, exportId: string) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const claimed = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get(exportFilesCollection, exportId);
    if (!doc || doc.ownerId !== caller.userId) return null;
    if (doc.downloadedAt || doc.removedAt || compareInstants(doc.expiresAt, now) <= 0) return null;
    await tx.update(
      exportFilesCollection,
      exportId,
      { set: { downloadedAt: now } },
      { ifVersion: doc._version },
    );
    await ctx.audit.record({ entity: 'export', entityId: exportId, to: 'downloaded' }, tx);
    return doc;
  });
  if (!claimed) throw notFound(GONE);
  const file = await ctx.files.get(claimed.fileId);
  await removeExportFile(ctx.store, ctx.files, exportId, claimed.fileId, now);
  if (!file) throw notFound(GONE);
  return {
    fileName: claimed.fileName,
    contentType: claimed.contentType,
    contentBase64: file.bytes.toString('base64'),
    bytes: file.bytes.length,
  };
}

async function removeExportFile(
  store: Store,
  files: Files,
  exportId: string,
  fileId: string,
  now: string,
) {
  await files.remove(fileId);
  await store.collection(exportFilesCollection).update(exportId, { set: { removedAt: now } });
}

/**
 * Deletes every export file past its lifetime (downloaded or not). Runs before each export (so
 * CloudBase needs no timer) and on the local gateway's timer; a few at a time keeps a call short.
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
      await removeExportFile(store, files, doc._id, doc.fileId, now);
      removed++;
    } catch (e) {
      logger.warn({ exportId: doc._id, err: String(e) }, 'export sweep could not remove a file');
    }
  }
  return removed;
}
