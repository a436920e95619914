/**
 * The ContentCheck port: user text and images pass it before anyone else sees them.
 * Production: WeChat msgSecCheck / mediaCheckAsync (version 2). Local: a word list (images: accepted).
 */
export type ContentVerdict = { ok: true } | { ok: false; reason: string };

/**
 * WeChat checks images asynchronously (`media_check_async` answers with a `trace_id`; the verdict
 * arrives later as a `wxa_media_check` push), so an image may come back `pending`: it stays out of
 * public view until its verdict is recorded (exhibits also wait for a cadre's review).
 */
export type ImageVerdict = ContentVerdict | { ok: 'pending'; traceId: string };

/**
 * What the text is, in WeChat's terms (msgSecCheck / mediaCheckAsync v2 `scene`): 1 资料 profile-like
 * information, 2 评论 comments, 3 论坛 forum posts, 4 社交日志 social logs. Each function declares
 * the scene of what its users write (see `defineHandlers`).
 */
export type ContentScene = 'profile' | 'comment' | 'forum' | 'social_log';

export const WECHAT_SCENE: Record<ContentScene, 1 | 2 | 3 | 4> = {
  profile: 1,
  comment: 2,
  forum: 3,
  social_log: 4,
};

/** Who is writing (their platform openid; null for an anonymous call) and what kind of text it is. */
export interface ContentCheckBinding {
  openid: string | null;
  scene: ContentScene;
}

export interface ContentCheck {
  checkText(text: string): Promise<ContentVerdict>;
  /** `url` reaches the stored file (WeChat downloads it from there); `bytes` are the file. */
  checkImage(image: { url: string; bytes: Buffer; contentType: string }): Promise<ImageVerdict>;
  /**
   * The same check bound to one call's caller and scene. WeChat's v2 checks need both, so the
   * runtime binds every call's check with this (its unbound methods refuse everything); a check
   * that does not depend on the caller (the local word list) leaves it out.
   */
  forCall?(binding: ContentCheckBinding): ContentCheck;
}
