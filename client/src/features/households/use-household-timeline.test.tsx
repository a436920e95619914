import { act, renderHook, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { TIMELINE_PAGE_SIZE, useHouseholdTimeline } from './use-household-timeline';

const { request } = taroMocks;

const event = (n: number) => ({
  eventId: `e${n}`,
  at: `2026-11-${String(28 - n).padStart(2, '0')}T08:00:00.000Z`,
  kind: 'household.created',
  title: `记录${n}`,
  detail: null,
  actorRole: 'village_cadre',
});

interface SentBody {
  action: string;
  payload: { householdId: string; limit: number; cursor?: string };
}
const sentPayloads = () =>
  request.mock.calls.map((call) => (call as [{ data: SentBody }])[0].data.payload);

beforeEach(() => request.mockReset());

test('loads the newest page, then follows the cursor and appends until there is no more', async () => {
  request
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { items: [event(1), event(2)], nextCursor: 'c-1' } },
    })
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { items: [event(3)], nextCursor: null } },
    });
  const { result } = renderHook(() => useHouseholdTimeline('hh-demo-qimou-01'));
  expect(result.current.state).toBe('loading');
  await waitFor(() => expect(result.current.state).toBe('ready'));
  expect(result.current.items.map((e) => e.eventId)).toEqual(['e1', 'e2']);
  expect(result.current.hasMore).toBe(true);

  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.items).toHaveLength(3));
  expect(result.current.hasMore).toBe(false);
  expect(sentPayloads()).toEqual([
    { householdId: 'hh-demo-qimou-01', limit: TIMELINE_PAGE_SIZE },
    { householdId: 'hh-demo-qimou-01', limit: TIMELINE_PAGE_SIZE, cursor: 'c-1' },
  ]);
  // Nothing more to load: no further request.
  act(() => result.current.loadMore());
  expect(request).toHaveBeenCalledTimes(2);
});

test('a failed "load more" keeps what was shown and can be tried again', async () => {
  request
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { items: [event(1)], nextCursor: 'c-1' } },
    })
    .mockRejectedValueOnce({ errMsg: 'request:fail' })
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { items: [event(2)], nextCursor: null } },
    });
  const { result } = renderHook(() => useHouseholdTimeline('hh-1'));
  await waitFor(() => expect(result.current.state).toBe('ready'));
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.moreError?.code).toBe('NETWORK'));
  expect(result.current.items.map((e) => e.eventId)).toEqual(['e1']);
  act(() => result.current.loadMore());
  await waitFor(() => expect(result.current.items).toHaveLength(2));
  expect(result.current.moreError).toBeNull();
});

test('an error on the first page is an error state; no household means no request', async () => {
  request.mockResolvedValueOnce({
    statusCode: 404,
    data: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这户。' } },
  });
  const { result } = renderHook(() => useHouseholdTimeline('hh-x'));
  await waitFor(() => expect(result.current.state).toBe('error'));
  expect(result.current.error?.message).toBe('没有找到这户。');

  request.mockReset();
  renderHook(() => useHouseholdTimeline(null));
  expect(request).not.toHaveBeenCalled();
});
