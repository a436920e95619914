/**
 * The ContentCheck port: user text and images pass it before anyone else sees them.
 * Production: WeChat msgSecCheck / mediaCheckAsync. Local: a word list (images: accepted).
 */
export type ContentVerdict = { ok: true } | { ok: false; reason: string };

/**
 * WeChat checks images asynchronously (`media_check_async` answers with a `trace_id`; the verdict
 * arrives later as a `wxa_media_check` push), so an image may come back `pending`: it stays out of
 * public view until its verdict is recorded (exhibits also wait for a cadre's review).
 */
export type ImageVerdict = ContentVerdict | { ok: 'pending'; traceId: string };

export interface ContentCheck {
  checkText(text: string): Promise<ContentVerdict>;
  /** `url` reaches the stored file (WeChat downloads it from there); `bytes` are the file. */
  checkImage(image: { url: string; bytes: Buffer; contentType: string }): Promise<ImageVerdict>;
}
