import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { useSession } from '../session/use-session';
import { onUnreadCountChange, refreshUnreadBadge, unreadCountFor } from './unread-badge';

/**
 * The signed-in person's unread 消息 count, refreshed (with the 我的 tab badge) every time the
 * page shows; 0 and no badge when nobody is signed in.
 */
export function useUnreadCount(): number {
  const { session } = useSession();
  const userId = session?.userId ?? null;
  const [count, setCount] = useState(() => unreadCountFor(userId));
  useEffect(() => {
    setCount(unreadCountFor(userId));
    const off = onUnreadCountChange(setCount);
    void refreshUnreadBadge();
    return off;
  }, [userId]);
  useDidShow(() => {
    void refreshUnreadBadge();
  });
  return userId ? count : 0;
}
