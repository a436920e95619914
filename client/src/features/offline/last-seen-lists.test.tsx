import { act, renderHook, waitFor } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { useMyHousehold } from '../households/use-my-household';
import { usePolicyList } from '../policies/use-policy-list';
import { saveSession } from '../session/session-store';
import { useCourseList } from '../training/use-course-list';
import { NOTHING_KEPT } from './offline-copy';

const { request } = taroMocks;
const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });
const offline = () =>
  request.mockRejectedValue(new Error('request:fail net::ERR_INTERNET_DISCONNECTED'));
const networkBack = () => act(() => void window.dispatchEvent(new Event('online')));

const MA = {
  token: 'tok-ma-0000000000',
  persona: 'villager',
  userId: 'u-ma',
  role: 'villager',
  name: '马文礼',
} as const;
const WANG = {
  ...MA,
  token: 'tok-wang-00000000',
  persona: 'villager_b',
  userId: 'u-wang',
  name: '王桂兰',
} as const;

const policies = { items: [{ policyId: 'p-1', title: '十五年免费教育' }] };
const courses = { items: [{ courseId: 'c-1', title: '电焊' }], nextCursor: 'next' };
const household = {
  household: { householdId: 'h-1', headName: '马文礼', members: [] },
  joinRequest: null,
};

beforeEach(() => {
  taroStorage.clear();
  request.mockReset();
  saveSession(MA);
});

test('政策 offline shows the last-seen list, marked, and reads again when the network is back', async () => {
  request.mockImplementation(() => ok(policies));
  const online = renderHook(() => usePolicyList());
  await waitFor(() => expect(online.result.current.list.state).toBe('ready'));
  online.unmount();

  offline();
  const { result } = renderHook(() => usePolicyList());
  await waitFor(() => expect(result.current.list.state).toBe('ready'));
  const shown = result.current.list;
  expect(shown.state === 'ready' && shown.data).toEqual(policies);
  expect(shown.state === 'ready' && typeof shown.lastSeenAt).toBe('number');

  const fresh = { items: [...policies.items, { policyId: 'p-2', title: '医疗救助' }] };
  request.mockReset();
  request.mockImplementation(() => ok(fresh));
  networkBack();
  await waitFor(() => {
    const now = result.current.list;
    expect(now.state === 'ready' && now.lastSeenAt).toBeNull();
  });
  const now = result.current.list;
  expect(now.state === 'ready' && now.data).toEqual(fresh);
});

test('a list never opened says 没有网络，联网后再打开 offline, then loads when the network is back', async () => {
  offline();
  const { result } = renderHook(() => usePolicyList());
  await waitFor(() => expect(result.current.list.state).toBe('error'));
  const failed = result.current.list;
  expect(failed.state === 'error' && failed.error).toMatchObject({
    code: 'NETWORK',
    message: NOTHING_KEPT,
  });

  request.mockReset();
  request.mockImplementation(() => ok(policies));
  networkBack();
  await waitFor(() => expect(result.current.list.state).toBe('ready'));
});

test('技能培训 offline shows the kept first page without 加载更多; the filter is part of what is kept', async () => {
  request.mockImplementation(() => ok(courses));
  const online = renderHook(() => useCourseList());
  await waitFor(() => expect(online.result.current.list.state).toBe('ready'));
  expect(online.result.current.list.hasMore).toBe(true);
  online.unmount();

  offline();
  const { result } = renderHook(() => useCourseList());
  await waitFor(() => expect(result.current.list.state).toBe('ready'));
  expect(result.current.list.items).toEqual(courses.items);
  expect(result.current.list.lastSeenAt).toEqual(expect.any(Number));
  expect(result.current.list.hasMore).toBe(false);

  // Another filter was never seen: nothing to show but the plain message.
  act(() => result.current.setFilter({ category: null, onlyOpen: false }));
  await waitFor(() => expect(result.current.list.state).toBe('error'));
  expect(result.current.list.error?.message).toBe(NOTHING_KEPT);
  expect(result.current.list.items).toEqual([]);
});

test('我的家 kept for 马文礼 is not shown to 王桂兰 logging in on the same phone', async () => {
  request.mockImplementation(() => ok(household));
  const his = renderHook(() => useMyHousehold(true));
  await waitFor(() => expect(his.result.current.state).toBe('ready'));
  his.unmount();

  saveSession(WANG);
  offline();
  const hers = renderHook(() => useMyHousehold(true));
  await waitFor(() => expect(hers.result.current.state).toBe('error'));
  expect(hers.result.current.state === 'error' && hers.result.current.error.message).toBe(
    NOTHING_KEPT,
  );
  hers.unmount();

  // Back as 马文礼: his own copy is there for him.
  saveSession(MA);
  const again = renderHook(() => useMyHousehold(true));
  await waitFor(() => expect(again.result.current.state).toBe('ready'));
  expect(again.result.current.state === 'ready' && again.result.current.data).toEqual(household);
});

test('a server refusal is shown as it is, never replaced by the kept copy', async () => {
  request.mockImplementation(() => ok(policies));
  const online = renderHook(() => usePolicyList());
  await waitFor(() => expect(online.result.current.list.state).toBe('ready'));
  online.unmount();

  request.mockReset();
  request.mockResolvedValue({
    statusCode: 401,
    data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录。' } },
  });
  const { result } = renderHook(() => usePolicyList());
  await waitFor(() => expect(result.current.list.state).toBe('error'));
  const failed = result.current.list;
  expect(failed.state === 'error' && failed.error.code).toBe('UNAUTHENTICATED');
});
