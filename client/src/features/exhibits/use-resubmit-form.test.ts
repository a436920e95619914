import type { ExhibitDetailView } from './exhibits-api';
import { checkResubmit, formOf } from './use-resubmit-form';

const returned: ExhibitDetailView = {
  exhibitId: 'ex-1',
  version: 2,
  villageId: 'v-qimou',
  villageName: '祁牟村',
  category: 'artifact',
  title: '爷爷的老木犁',
  story: '这把木犁是爷爷年轻时自己做的。',
  era: null,
  images: [{ fileId: 'f1', url: '/files/f1' }],
  status: 'needs_edit',
  reviewNote: '请写明年代',
  contributorName: '马文礼',
  views: 0,
  likes: 0,
  likedByMe: false,
  demo: false,
  createdAt: '2026-11-30T08:00:00.000Z',
  history: [],
};

test('the edit form opens with the returned text and photos; unchanged it asks for an edit', () => {
  const form = formOf(returned);
  expect(form).toEqual({
    category: 'artifact',
    title: '爷爷的老木犁',
    story: '这把木犁是爷爷年轻时自己做的。',
    era: '',
    photos: [{ fileId: 'f1', url: '/files/f1' }],
  });
  expect(checkResubmit(returned, form)).toEqual({
    ok: false,
    fieldErrors: { story: '您还没有改动，请按村里的意见修改后再提交' },
  });
});

test('an edited form is sent whole with the version that was opened', () => {
  const form = { ...formOf(returned), era: ' 1960年代 ', photos: [] };
  expect(checkResubmit(returned, form)).toEqual({
    ok: false,
    fieldErrors: { photos: '至少放一张照片' },
  });
  expect(checkResubmit(returned, { ...formOf(returned), era: ' 1960年代 ' })).toEqual({
    ok: true,
    payload: {
      exhibitId: 'ex-1',
      expectedVersion: 2,
      category: 'artifact',
      title: '爷爷的老木犁',
      story: '这把木犁是爷爷年轻时自己做的。',
      era: '1960年代',
      imageFileIds: ['f1'],
    },
  });
});
