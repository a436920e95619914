import { act, renderHook, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { useExhibit } from './use-exhibit';
import { exhibitListPayload } from './use-exhibit-list';

const { request } = taroMocks;
const sentActions = () =>
  request.mock.calls.map((call) => (call as [{ data: { action: string } }])[0].data.action);

const exhibit = {
  exhibitId: 'ex-1',
  version: 1,
  villageId: 'village-zheqiao-qimou',
  villageName: '祁牟村',
  category: 'heritage',
  title: '河州花儿：田间对唱',
  story: '夏天割麦的时候，地头上常有人唱河州花儿。',
  era: null,
  images: [],
  status: 'published',
  reviewNote: null,
  contributorName: null,
  views: 3,
  likes: 4,
  likedByMe: false,
  demo: true,
  createdAt: '2026-11-30T08:00:00.000Z',
};

beforeEach(() => request.mockReset());

test('点赞 tapped twice sends one like; once liked, further taps send nothing', async () => {
  request
    .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: exhibit } })
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { likes: 5, likedByMe: true } },
    });
  const { result } = renderHook(() => useExhibit('ex-1'));
  await waitFor(() => expect(result.current.likes).toEqual({ likes: 4, likedByMe: false }));
  act(() => {
    result.current.like();
    result.current.like();
  });
  await waitFor(() => expect(result.current.likes).toEqual({ likes: 5, likedByMe: true }));
  act(() => result.current.like());
  expect(sentActions()).toEqual(['get', 'like']);
});

test('a failed like keeps the count and says why', async () => {
  request
    .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: exhibit } })
    .mockResolvedValueOnce({
      statusCode: 401,
      data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
    });
  const { result } = renderHook(() => useExhibit('ex-1'));
  await waitFor(() => expect(result.current.likes?.likes).toBe(4));
  act(() => result.current.like());
  await waitFor(() =>
    expect(result.current.likeState).toEqual({ phase: 'error', message: '请先登录' }),
  );
  expect(result.current.likes).toEqual({ likes: 4, likedByMe: false });
});

test('the list payload carries only the filters that are set, the keyword trimmed', () => {
  expect(exhibitListPayload({ villageId: null, category: null, query: '  ' })).toEqual({
    limit: 10,
  });
  expect(
    exhibitListPayload(
      { villageId: 'village-zheqiao-qimou', category: 'artifact', query: ' 木犁 ' },
      'c-2',
    ),
  ).toEqual({
    limit: 10,
    villageId: 'village-zheqiao-qimou',
    category: 'artifact',
    q: '木犁',
    cursor: 'c-2',
  });
});
