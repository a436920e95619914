import { EMPTY_CONTRIBUTION, checkContribution, isContributeDraft } from './contribute-draft';

const photo = { fileId: 'exhibits/0123456789abcdef0123456789abcdef.jpg', url: '/files/x' };

test('an empty form names every missing field in plain words and sends nothing', () => {
  const checked = checkContribution(EMPTY_CONTRIBUTION);
  expect(checked).toEqual({
    ok: false,
    fieldErrors: {
      villageId: '请选是哪个村的',
      title: '标题写 2 到 30 个字',
      story: '故事至少写 10 个字',
      photos: '至少放一张照片',
    },
  });
});

test('a filled form becomes the submit payload: trimmed, an empty era left out, photos by id', () => {
  const checked = checkContribution({
    villageId: 'v-qimou',
    category: 'artifact',
    title: '  爷爷的老木犁 ',
    story: ' 这把木犁是爷爷年轻时自己做的，用了三十多年。 ',
    era: '   ',
    photos: [photo],
  });
  expect(checked).toEqual({
    ok: true,
    payload: {
      villageId: 'v-qimou',
      category: 'artifact',
      title: '爷爷的老木犁',
      story: '这把木犁是爷爷年轻时自己做的，用了三十多年。',
      imageFileIds: [photo.fileId],
    },
  });
});

test('ten photos are one too many; an era over 20 characters is refused', () => {
  const checked = checkContribution({
    villageId: 'v-qimou',
    category: 'old_photo',
    title: '老照片',
    story: '一九七八年村里第一台拖拉机。',
    era: '很久很久以前'.repeat(4),
    photos: Array.from({ length: 10 }, () => photo),
  });
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.fieldErrors).toEqual({ era: '年代最多 20 个字', photos: '最多 9 张照片' });
});

test('a stored draft of another shape (an older app version) is not restored', () => {
  expect(isContributeDraft(EMPTY_CONTRIBUTION)).toBe(true);
  expect(isContributeDraft({ ...EMPTY_CONTRIBUTION, category: 'song' })).toBe(false);
  expect(isContributeDraft({ title: '老井' })).toBe(false);
  expect(isContributeDraft(null)).toBe(false);
});

test('the contributor chooses to be named in full; by default the payload leaves it out (masked)', () => {
  const filled = {
    villageId: 'v-qimou',
    category: 'artifact' as const,
    title: '爷爷的老木犁',
    story: '这把木犁是爷爷年轻时自己做的，用了三十多年。',
    era: '',
    photos: [photo],
  };
  const masked = checkContribution(filled);
  expect(masked.ok && 'showContributorName' in masked.payload).toBe(false);
  expect(checkContribution({ ...filled, showName: true })).toMatchObject({
    ok: true,
    payload: { showContributorName: true },
  });
  expect(isContributeDraft({ ...filled, showName: true })).toBe(true);
});
