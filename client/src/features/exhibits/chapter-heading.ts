/** A title that already starts with its number: 第一章 / 第 2 章 / 第十一章, then a separator. */
const NUMBERED = /^第\s*[0-9一二三四五六七八九十百零〇两]+\s*章[\s\u3000:：、.．-]*/;

/** The chapter's heading with its number once: the title as written if it has one. */
export function chapterHeading(index: number, title: string): string {
  return NUMBERED.test(title) ? title : `第 ${index + 1} 章 ${title}`;
}

/** The 目录 entry: `1. 村口与家风`, without a 第一章 the title may carry. */
export function chapterShortTitle(index: number, title: string): string {
  return `${index + 1}. ${title.replace(NUMBERED, '')}`;
}
