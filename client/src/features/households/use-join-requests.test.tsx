import { act, renderHook, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { useJoinRequests } from './use-join-requests';

const { request } = taroMocks;

interface SentBody {
  action: string;
  payload: Record<string, unknown>;
  idempotencyKey?: string;
}
const sent = () => request.mock.calls.map((call) => (call as [{ data: SentBody }])[0].data);

const pendingOne = {
  items: [
    {
      requestId: 'hh-1~u-2',
      householdId: 'hh-1',
      headName: '马文礼',
      userId: 'u-2',
      userName: '马小军',
      phoneMasked: null,
      status: 'pending',
      createdAt: '2026-11-28T02:00:00.000Z',
      decidedAt: null,
    },
  ],
  linked: [{ userId: 'u-1', name: '马文礼', phoneMasked: null, isHead: true }],
};

beforeEach(() => request.mockReset());

test('approving sends decideJoin once with an idempotency key, then reads the list again', async () => {
  request
    .mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: pendingOne } })
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { ...pendingOne.items[0], status: 'approved' } },
    })
    .mockResolvedValueOnce({
      statusCode: 200,
      data: { ok: true, data: { items: [], linked: pendingOne.linked } },
    });
  const { result } = renderHook(() => useJoinRequests('hh-1'));
  await waitFor(() => expect(result.current.list.state).toBe('ready'));
  await act(() => result.current.decide('hh-1~u-2', 'approve'));
  await waitFor(() =>
    expect(result.current.list.state === 'ready' && result.current.list.data.items).toEqual([]),
  );
  const [list, decide, again] = sent();
  expect(list).toMatchObject({ action: 'joinRequests', payload: { householdId: 'hh-1' } });
  expect(decide).toMatchObject({
    action: 'decideJoin',
    payload: { requestId: 'hh-1~u-2', decision: 'approve' },
    idempotencyKey: expect.stringMatching(/^hhjd/),
  });
  expect(again).toMatchObject({ action: 'joinRequests' });
});

test('someone who may not decide (NOT_FOUND) gets no panel data and no error shown', async () => {
  request.mockResolvedValueOnce({
    statusCode: 404,
    data: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这户的档案。' } },
  });
  const { result } = renderHook(() => useJoinRequests('hh-1'));
  await waitFor(() => expect(result.current.list.state).toBe('error'));
  expect(result.current.error).toBeNull();
});
