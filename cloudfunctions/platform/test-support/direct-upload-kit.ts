import { Readable } from 'node:stream';
import type { CloudbaseStorageClient } from '../adapters/cloudbase/cloudbase-files';
import { verifyUploadGrant } from '../adapters/local/disk-files';
import type { LocalPlatform } from '../local-platform';

/** What `startUpload` answers (the fields a client uses). */
export interface TestTicket {
  ticketId: string;
  cloudPath: string;
  localUploadUrl: string | null;
  maxBytes: number;
  expiresAt: string;
}

/**
 * What a phone does with a ticket, for handler tests and seeds: locally what the gateway's
 * `POST /api/uploads/*` does with the signed URL (disk adapter); with a CloudBase storage fake,
 * what `wx.cloud.uploadFile({ cloudPath })` does. Answers the fileID the client is told.
 */
export async function writeAsClient(
  platform: LocalPlatform,
  ticket: TestTicket,
  bytes: Buffer,
  storage?: Pick<CloudbaseStorageClient, 'uploadFile'>,
): Promise<string> {
  if (storage) {
    return (await storage.uploadFile({ cloudPath: ticket.cloudPath, fileContent: bytes })).fileID;
  }
  const url = new URL(ticket.localUploadUrl ?? '', 'http://gateway.local');
  const path = url.pathname.replace(/^\/api\/uploads\//, '');
  const checked = verifyUploadGrant(
    platform.tokenSecret,
    path,
    Object.fromEntries(url.searchParams),
  );
  if (!checked.ok) throw new Error(`upload refused: ${checked.reason}`);
  const written = await platform.diskFiles.writeUpload(checked.grant, Readable.from([bytes]));
  if (!written.ok) throw new Error(`upload refused: ${written.reason}`);
  return path;
}

type Call<W> = (
  who: W,
  action: string,
  payload?: unknown,
) => Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; error: unknown }>;

/**
 * `startUpload` as `who`, then the bytes written as the client would: the `{ ticketId, fileId }`
 * part a finishing call (`uploadImage`, `uploadPhoto`) takes.
 */
export async function sendAsClient<W>(
  platform: LocalPlatform,
  call: Call<W>,
  who: W,
  bytes: Buffer,
  options: {
    kind?: 'photo' | 'list-copy';
    storage?: Pick<CloudbaseStorageClient, 'uploadFile'>;
  } = {},
): Promise<{ ticketId: string; fileId: string }> {
  const started = await call(who, 'startUpload', options.kind ? { kind: options.kind } : {});
  if (!started.ok) throw new Error(`startUpload failed: ${JSON.stringify(started.error)}`);
  const ticket = started.data as unknown as TestTicket;
  const fileId = await writeAsClient(platform, ticket, bytes, options.storage);
  return { ticketId: ticket.ticketId, fileId };
}
