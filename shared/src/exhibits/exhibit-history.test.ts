import { EXHIBIT_STATUSES } from './exhibit-labels';
import type { ExhibitContent } from './exhibit-history';
import { changedParts, historyLine, mayResubmit } from './exhibit-history';

test.each(EXHIBIT_STATUSES.map((s) => [s, s === 'needs_edit'] as const))(
  'a %s contribution may be resubmitted: %s',
  (status, allowed) => {
    expect(mayResubmit(status)).toBe(allowed);
  },
);

const before: ExhibitContent = {
  title: '爷爷的老算盘',
  story: '这把算盘是爷爷当会计时用的。',
  era: null,
  category: 'artifact',
  imageFileIds: ['a', 'b'],
};

test.each<[string, Partial<ExhibitContent>, string[]]>([
  ['nothing', {}, []],
  ['only spaces around the text', { title: ' 爷爷的老算盘 ', era: '' }, []],
  ['the story', { story: '这把算盘是爷爷当生产队会计时用的。' }, ['story']],
  ['title and era', { title: '老算盘', era: '1970年代' }, ['title', 'era']],
  ['the category', { category: 'old_photo' }, ['category']],
  ['a photo removed', { imageFileIds: ['a'] }, ['photos']],
  ['a photo added', { imageFileIds: ['a', 'b', 'c'] }, ['photos']],
  ['the cover moved', { imageFileIds: ['b', 'a'] }, ['photos']],
  [
    'everything',
    {
      title: '老算盘',
      story: '新故事写了十个字以上。',
      era: '清末',
      category: 'person',
      imageFileIds: ['c'],
    },
    ['title', 'story', 'era', 'category', 'photos'],
  ],
])('changing %s counts as those parts', (_what, patch, parts) => {
  expect(changedParts(before, { ...before, ...patch })).toEqual(parts);
});

test('history lines read as the family and the cadre say them', () => {
  const at = '2026-11-28T02:00:00.000Z';
  expect(historyLine({ at, kind: 'submitted', note: null, changed: [] })).toBe('提交');
  expect(historyLine({ at, kind: 'needs_edit', note: '照片太暗', changed: [] })).toBe(
    '退回：照片太暗',
  );
  expect(historyLine({ at, kind: 'resubmitted', note: null, changed: ['story', 'photos'] })).toBe(
    '重新提交（改了故事、照片）',
  );
  expect(historyLine({ at, kind: 'published', note: null, changed: [] })).toBe('通过展出');
});
