import type { PolicyArticle } from './policies-api';

/** What 朗读 reads: the title, summary, paragraphs, examples and the questions with answers. */
export function policyReadAloudText(
  policy: Pick<PolicyArticle, 'title' | 'summary' | 'body' | 'examples' | 'faq'>,
): string {
  return [
    policy.title,
    policy.summary,
    ...policy.body,
    ...policy.examples.map((e) => `${e.illustrative ? '举个例子：' : '例子：'}${e.text}`),
    ...policy.faq.map((item) => `问：${item.q} 答：${item.a}`),
  ].join('。\n');
}
