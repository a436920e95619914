/**
 * The ContentCheck port: user text and images pass it before anyone else sees them.
 * Production: WeChat msgSecCheck / mediaCheckAsync. Local: a word list.
 */
export type ContentVerdict = { ok: true } | { ok: false; reason: string };

export interface ContentCheck {
  checkText(text: string): Promise<ContentVerdict>;
}
