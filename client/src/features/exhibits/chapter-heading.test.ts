import { chapterHeading, chapterShortTitle } from './chapter-heading';

test.each([
  [0, '村口与家风', '第 1 章 村口与家风', '1. 村口与家风'],
  [0, '第一章 村口与家风', '第一章 村口与家风', '1. 村口与家风'],
  [1, '第2章：老手艺', '第2章：老手艺', '2. 老手艺'],
  [10, '第十一章　花儿', '第十一章　花儿', '11. 花儿'],
  [2, '第三代人的故事', '第 3 章 第三代人的故事', '3. 第三代人的故事'],
])('chapter %d titled %s reads %s once, %s in the contents', (i, title, heading, short) => {
  expect(chapterHeading(i, title)).toBe(heading);
  expect(chapterShortTitle(i, title)).toBe(short);
});
