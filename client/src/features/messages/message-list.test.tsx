import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../test-support/taro-mock';
import { saveSession } from '../session/session-store';
import { MessageList } from './message-list';
import type { MessageView } from './messages-api';

const { request, navigateTo, setTabBarBadge, removeTabBarBadge } = taroMocks;

interface Sent {
  url: string;
  data: { action: string; payload: Record<string, unknown> };
}
const sent = (action: string) =>
  request.mock.calls
    .map((c) => (c as [Sent])[0])
    .filter((s) => s.url.endsWith('/api/messages') && s.data.action === action);

const message = (over: Partial<MessageView>): MessageView => ({
  messageId: 'm1',
  template: 'feedback.answered',
  text: '您提的意见，村里已经答复了，点开可以看答复。',
  link: { page: '/packages/feedback/pages/index/index', param: null, id: null },
  url: '/packages/feedback/pages/index/index',
  read: false,
  createdAt: '2026-12-02T02:00:00.000Z',
  ...over,
});

let items: MessageView[] = [];
let more: MessageView[] = [];
beforeEach(() => {
  taroStorage.clear();
  request.mockReset();
  navigateTo.mockClear();
  setTabBarBadge.mockClear();
  removeTabBarBadge.mockClear();
  request.mockImplementation((o: Sent) => {
    const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });
    if (o.data.action === 'list')
      return o.data.payload.cursor
        ? ok({ items: more, nextCursor: null })
        : ok({ items, nextCursor: more.length ? 'c1' : null });
    if (o.data.action === 'unreadCount') return ok({ count: items.filter((m) => !m.read).length });
    if (o.data.action === 'markRead') {
      const marked = items.filter(
        (m) => !m.read && (o.data.payload.all || m.messageId === o.data.payload.messageId),
      );
      items = items.map((m) => (marked.includes(m) ? { ...m, read: true } : m));
      return ok({ marked: marked.length });
    }
    return Promise.reject(new Error('unexpected'));
  });
  saveSession({
    token: 't-ma',
    persona: 'villager',
    userId: 'u-ma',
    role: 'villager',
    name: '马福海',
  });
});

const item = (id: string) =>
  screen
    .getAllByTestId('message-item')
    .find((el) => el.getAttribute('data-message-id') === id) as HTMLElement;

test('lists my messages with unread marks; tapping one marks it read and opens its item', async () => {
  items = [
    message({
      messageId: 'm2',
      template: 'claims.paid',
      text: '您的理赔款已经打到您的银行卡了，点开可以看金额。',
      url: '/packages/claims/pages/claim/index?claimId=cl1',
    }),
    message({ messageId: 'm1', read: true }),
  ];
  render(<MessageList />);
  await waitFor(() => expect(screen.getAllByTestId('message-item')).toHaveLength(2));
  expect(item('m2').getAttribute('data-read')).toBe('false');
  expect(item('m1').getAttribute('data-read')).toBe('true');
  expect(item('m2').textContent).toContain('未读');
  await waitFor(() => expect(setTabBarBadge).toHaveBeenLastCalledWith({ index: 3, text: '1' }));

  fireEvent.click(item('m2'));
  expect(navigateTo).toHaveBeenCalledWith({
    url: '/packages/claims/pages/claim/index?claimId=cl1',
  });
  await waitFor(() => expect(item('m2').getAttribute('data-read')).toBe('true'));
  expect(sent('markRead').map((s) => s.data.payload)).toEqual([{ messageId: 'm2' }]);
  await waitFor(() => expect(removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }));
  // A read message opens its item without asking the server again.
  fireEvent.click(item('m1'));
  expect(sent('markRead')).toHaveLength(1);
});

test('全部已读 marks every message read and clears the tab badge', async () => {
  items = [message({ messageId: 'a' }), message({ messageId: 'b' })];
  render(<MessageList />);
  await waitFor(() => expect(screen.getAllByTestId('message-item')).toHaveLength(2));
  await act(async () => {
    fireEvent.click(screen.getByTestId('messages-mark-all'));
    await Promise.resolve();
  });
  await waitFor(() =>
    expect(screen.getAllByTestId('message-item').map((el) => el.getAttribute('data-read'))).toEqual(
      ['true', 'true'],
    ),
  );
  expect(sent('markRead').map((s) => s.data.payload)).toEqual([{ all: true }]);
  expect(removeTabBarBadge).toHaveBeenCalledWith({ index: 3 });
  expect(screen.queryByTestId('messages-mark-all')).toBeNull();
});

test('older messages come a page at a time', async () => {
  items = [message({ messageId: 'new', read: true })];
  more = [message({ messageId: 'old', read: true })];
  render(<MessageList />);
  await waitFor(() => expect(screen.getByTestId('messages-more')).toBeTruthy());
  fireEvent.click(screen.getByTestId('messages-more'));
  await waitFor(() => expect(screen.getAllByTestId('message-item')).toHaveLength(2));
  expect(sent('list').map((s) => s.data.payload)).toEqual([{}, { cursor: 'c1' }]);
  more = [];
});

test('no messages yet says so plainly', async () => {
  items = [];
  render(<MessageList />);
  await waitFor(() => expect(screen.getByText('还没有消息')).toBeTruthy());
});
