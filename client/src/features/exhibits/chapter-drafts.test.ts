import { checkChapter, draftOf, newChapter } from './chapter-drafts';

const ch1 = draftOf({ chapterId: 'ch1', order: 1, title: '第一章 村口与家风', preface: '开篇' });

test('a new chapter comes after the last one', () => {
  expect(newChapter([ch1, { ...ch1, chapterId: 'ch2', order: '4' }], 36 ** 3)).toEqual({
    chapterId: 'ch-1000',
    order: '5',
    title: '',
    preface: '',
    added: true,
  });
  expect(newChapter([], 1).order).toBe('1');
});

test('a chapter is checked in plain words and sent without touching its items', () => {
  expect(checkChapter('v', { ...ch1, order: '0', title: '村' })).toEqual({
    ok: false,
    fieldErrors: { order: '顺序填 1 到 200 的整数', title: '章节标题写 2 到 30 个字' },
  });
  expect(checkChapter('v', { ...ch1, order: ' 2 ', preface: ' 新的开篇 ' })).toEqual({
    ok: true,
    payload: {
      villageId: 'v',
      chapterId: 'ch1',
      order: 2,
      title: '第一章 村口与家风',
      preface: '新的开篇',
    },
  });
});
