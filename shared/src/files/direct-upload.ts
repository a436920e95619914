import { z } from 'zod';

/**
 * Direct uploads (issue 13): a photo never travels inside a function call. The phone asks for an
 * upload ticket (`startUpload`), writes the bytes straight to storage at the path the ticket
 * names (weapp: `wx.cloud.uploadFile`; h5/local: a multipart POST to `localUploadUrl`), then
 * finishes with the ticket and the fileID storage answered (`uploadImage` / `uploadPhoto`).
 */

/** How long a ticket can be used. */
export const UPLOAD_TICKET_TTL_MS = 15 * 60_000;

export const UploadTicketId = z.string().regex(/^[a-f0-9]{32}$/, '上传凭证不对，请重新选择照片');

/** What storage answered the upload with: a `cloud://…` fileID on weapp, the path locally. */
export const UploadedFileId = z
  .string()
  .min(1, '照片没有传上去，请重新选择')
  .max(300, '照片编号不对，请重新选择');

/** One finished upload: the ticket it was made with and the fileID storage gave it. */
export const UploadedPart = z.object({ ticketId: UploadTicketId, fileId: UploadedFileId }).strict();

export const UploadTicketView = z.object({
  ticketId: z.string(),
  /** Where to write: `wx.cloud.uploadFile({ cloudPath })` on weapp. */
  cloudPath: z.string(),
  expiresAt: z.string(),
  maxBytes: z.number().int(),
  /** Local gateway only: the signed address a multipart POST (field `file`) goes to. */
  localUploadUrl: z.string().nullable(),
});

export const UploadedImageView = z.object({
  fileId: z.string(),
  url: z.string(),
  bytes: z.number().int(),
});

export { UPLOAD_CHUNK_BYTES } from './upload-chunk-size';

/** What the gateway answers for a chunked upload: the bytes it holds and whether all are there. */
export const ChunkedUploadView = z.object({
  received: z.number().int(),
  complete: z.boolean(),
  fileId: z.string().optional(),
});
