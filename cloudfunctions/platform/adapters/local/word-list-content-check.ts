import type { ContentCheck } from '../../ports/content-check';

/**
 * Local-mode content check: a small list of blocked words (production uses WeChat msgSecCheck);
 * images are accepted.
 * Matching ignores spaces and punctuation inserted to dodge the list.
 */
export const DEFAULT_BLOCKED_WORDS = [
  '赌博',
  '博彩',
  '六合彩',
  '色情',
  '代开发票',
  '办证',
  '枪支',
  '毒品',
  '法轮',
];

export function createWordListContentCheck(
  words: readonly string[] = DEFAULT_BLOCKED_WORDS,
): ContentCheck {
  const normalized = words.map((w) => w.toLowerCase());
  return {
    checkText(text) {
      const squeezed = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
      const hit = normalized.find((w) => squeezed.includes(w));
      return Promise.resolve(
        hit ? { ok: false, reason: '内容里有不适合发布的词语，请修改后再提交。' } : { ok: true },
      );
    },
    // A word list says nothing about pictures: local mode accepts images whose bytes passed the
    // structural check; a village cadre still reviews every exhibit before it is shown.
    checkImage: () => Promise.resolve({ ok: true }),
  };
}
