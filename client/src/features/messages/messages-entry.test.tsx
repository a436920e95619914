import { act, render, screen, waitFor } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { clearSession, saveSession } from '../session/session-store';
import { MessagesEntry } from './messages-entry';

const { request, setTabBarBadge, removeTabBarBadge } = taroMocks;

interface Sent {
  url: string;
  header?: Record<string, string>;
  data: { action: string };
}

/** Unread counts by token: each person has their own. */
const unreadByToken: Record<string, number> = { 't-ma': 3, 't-li': 0 };

beforeEach(() => {
  taroStorage.clear();
  request.mockReset();
  setTabBarBadge.mockClear();
  removeTabBarBadge.mockClear();
  request.mockImplementation((o: Sent) => {
    const auth = JSON.stringify(o.header ?? {});
    const token = Object.keys(unreadByToken).find((t) => auth.includes(t)) ?? '';
    return Promise.resolve({
      statusCode: 200,
      data: { ok: true, data: { count: unreadByToken[token] ?? 0 } },
    });
  });
});

const ma = {
  token: 't-ma',
  persona: 'villager',
  userId: 'u-ma',
  role: 'villager' as const,
  name: '马福海',
};
const li = {
  token: 't-li',
  persona: 'villager_b',
  userId: 'u-li',
  role: 'villager' as const,
  name: '李秀英',
};

test('我的 shows the unread count and the 我的 tab carries the badge', async () => {
  saveSession(ma);
  render(<MessagesEntry />);
  await waitFor(() => expect(screen.getByTestId('me-messages-unread').textContent).toBe('3条未读'));
  expect(setTabBarBadge).toHaveBeenLastCalledWith({ index: 3, text: '3' });
});

test("on a shared phone the next person never sees the last one's count", async () => {
  saveSession(ma);
  render(<MessagesEntry />);
  await waitFor(() => expect(screen.getByTestId('me-messages-unread')).toBeTruthy());
  act(() => clearSession());
  expect(screen.queryByTestId('me-messages-unread')).toBeNull();
  expect(removeTabBarBadge).toHaveBeenCalledWith({ index: 3 });
  removeTabBarBadge.mockClear();
  act(() => saveSession(li));
  // Immediately nothing of 马福海's, then 李秀英's own count (0: no badge).
  expect(screen.queryByTestId('me-messages-unread')).toBeNull();
  await waitFor(() => expect(removeTabBarBadge).toHaveBeenCalled());
  expect(screen.queryByTestId('me-messages-unread')).toBeNull();
  // Nothing of the count is kept on the phone.
  expect(JSON.stringify([...taroStorage.dump().entries()])).not.toMatch(/unread/i);
});
