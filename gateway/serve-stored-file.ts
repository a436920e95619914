import type { FastifyReply } from 'fastify';

/** Types a browser may show inline; everything else is handed over as a download. */
const INLINE_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  // 朗读's clips, played by the app's audio element (speech function).
  'audio/wav',
  'audio/mpeg',
]);

/**
 * Sends a user file with the content type recorded when it was stored (never sniffed: helmet's
 * `X-Content-Type-Options: nosniff` is on every answer), inline only for the image types we
 * accept, as an attachment otherwise, and under a CSP that lets it run nothing. `once`: a claimed
 * export's copy, never cached.
 */
export function serveStoredFile(
  reply: FastifyReply,
  file: { bytes: Buffer; contentType: string },
  options: { once?: boolean } = {},
): FastifyReply {
  const inline = INLINE_TYPES.has(file.contentType);
  return (
    reply
      .type(inline ? file.contentType : 'application/octet-stream')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', inline ? 'inline' : 'attachment')
      .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
      // A handed-over export (`downloads/`) is fetched once and must not stay in any cache.
      .header('cache-control', options.once ? 'no-store' : 'private, max-age=3600')
      .send(file.bytes)
  );
}
