/**
 * What 朗读 reads for each kind of published text, made the same way on the phone (to speak it
 * with the phone's own voice) and on the server (to make the audio of exactly that text).
 */

export function policyReadingText(policy: {
  title: string;
  summary: string;
  body: readonly string[];
  examples: ReadonlyArray<{ text: string; illustrative: boolean }>;
  faq: ReadonlyArray<{ q: string; a: string }>;
}): string {
  return [
    policy.title,
    policy.summary,
    ...policy.body,
    ...policy.examples.map((e) => `${e.illustrative ? '举个例子：' : '例子：'}${e.text}`),
    ...policy.faq.map((item) => `问：${item.q} 答：${item.a}`),
  ].join('。\n');
}

export function exhibitReadingText(exhibit: { title: string; story: string }): string {
  return `${exhibit.title}。\n${exhibit.story}`;
}

/** One chapter of the 乡愁记忆 reader: its heading, its preface and the items it holds. */
export function chapterReadingText(chapter: {
  heading: string;
  preface: string;
  exhibitTitles: readonly string[];
}): string {
  const items = chapter.exhibitTitles.length
    ? `本章收有：${chapter.exhibitTitles.join('、')}。`
    : '';
  return [chapter.heading, chapter.preface, items].filter(Boolean).join('。\n');
}
