import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientCallError } from '../../api/client-call-result';
import { useSession } from '../session/use-session';
import type { MessageView } from './messages-api';
import { fetchMessages, markAllMessagesRead, markMessageRead } from './messages-api';
import { refreshUnreadBadge, setUnreadCount, unreadCountFor } from './unread-badge';

export type MessagesState =
  | { state: 'loading' }
  | { state: 'error'; error: ClientCallError }
  | { state: 'ready'; items: MessageView[]; nextCursor: string | null; loadingMore: boolean };

/**
 * 消息: my messages newest first, more on request; opening one marks it read and leads to its item;
 * 全部已读 marks them all. Held in memory only and dropped when the person changes.
 */
export function useMessages() {
  const { session } = useSession();
  const userId = session?.userId ?? null;
  const [data, setData] = useState<MessagesState>({ state: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setData({ state: 'loading' });
    void fetchMessages().then((r) => {
      if (mine !== generation.current) return;
      setData(
        r.ok
          ? {
              state: 'ready',
              items: r.data.items,
              nextCursor: r.data.nextCursor,
              loadingMore: false,
            }
          : { state: 'error', error: r.error },
      );
    });
    void refreshUnreadBadge();
  }, []);

  useEffect(() => {
    if (userId) reload();
    else {
      generation.current++;
      setData({ state: 'ready', items: [], nextCursor: null, loadingMore: false });
    }
  }, [userId, reload]);

  const loadMore = useCallback(() => {
    if (data.state !== 'ready' || !data.nextCursor || data.loadingMore) return;
    const mine = generation.current;
    setData({ ...data, loadingMore: true });
    void fetchMessages(data.nextCursor).then((r) => {
      if (mine !== generation.current) return;
      setData((cur) =>
        cur.state !== 'ready'
          ? cur
          : r.ok
            ? {
                state: 'ready',
                items: [...cur.items, ...r.data.items],
                nextCursor: r.data.nextCursor,
                loadingMore: false,
              }
            : { ...cur, loadingMore: false },
      );
      if (!r.ok) setNotice(r.error.message);
    });
  }, [data]);

  const markLocally = (pred: (m: MessageView) => boolean) =>
    setData((cur) =>
      cur.state === 'ready'
        ? { ...cur, items: cur.items.map((m) => (pred(m) ? { ...m, read: true } : m)) }
        : cur,
    );

  const open = useCallback(
    (m: MessageView) => {
      if (!m.read && userId) {
        markLocally((x) => x.messageId === m.messageId);
        setUnreadCount(userId, unreadCountFor(userId) - 1);
        void markMessageRead(m.messageId).then(() => refreshUnreadBadge());
      }
      if (m.url) void Taro.navigateTo({ url: m.url });
    },
    [userId],
  );

  const markAll = useCallback(async () => {
    if (!userId) return;
    const r = await markAllMessagesRead();
    if (!r.ok) {
      setNotice(r.error.message);
      return;
    }
    setNotice(null);
    markLocally(() => true);
    setUnreadCount(userId, 0);
    void refreshUnreadBadge();
  }, [userId]);

  const hasUnread = data.state === 'ready' && data.items.some((m) => !m.read);
  return { data, reload, loadMore, open, markAll, hasUnread, notice };
}
