import Taro from '@tarojs/taro';
import { fetchUnreadCount } from './messages-api';
import { loadSession, onSessionChange } from '../session/session-store';

/** The 我的 tab's place in app.config.ts's tabBar list (首页, 村史, 办事, 我的). */
export const ME_TAB_INDEX = 3;

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
/**
 * The unread count of the person signed in now, in memory only (never stored on the phone), keyed
 * by their user id: a count fetched for one person is never shown to the next.
 */
let current: { userId: string; count: number } | null = null;

/** The badge text: nothing at 0, the number up to 99, then 99+. */
export function badgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

function paint(count: number): void {
  const text = badgeText(count);
  // Outside a tab page (or before the tab bar is drawn) the platform refuses; the next show of
  // 我的 paints it again, so there is nothing to do then.
  try {
    const done = text
      ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text })
      : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
    void Promise.resolve(done).catch(() => undefined);
  } catch {
    // Same: no tab bar here.
  }
}

function publish(userId: string | null, count: number): void {
  current = userId ? { userId, count } : null;
  paint(count);
  listeners.forEach((l) => l(count));
}

/** The unread count known for `userId` (0 for anyone else). */
export function unreadCountFor(userId: string | null): number {
  return current && userId && current.userId === userId ? current.count : 0;
}

/** Asks the server for the signed-in person's unread count and shows it on the 我的 tab. */
export async function refreshUnreadBadge(): Promise<number> {
  const session = loadSession();
  if (!session) {
    publish(null, 0);
    return 0;
  }
  const r = await fetchUnreadCount();
  // The person may have changed while the answer was on its way.
  if (loadSession()?.userId !== session.userId)
    return unreadCountFor(loadSession()?.userId ?? null);
  if (!r.ok) return unreadCountFor(session.userId);
  publish(session.userId, r.data.count);
  return r.data.count;
}

/** After a message is read here, before the server is asked again. */
export function setUnreadCount(userId: string, count: number): void {
  if (loadSession()?.userId !== userId) return;
  publish(userId, Math.max(0, count));
}

export function onUnreadCountChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Logout or another login: the badge and the count go at once, whoever comes next.
onSessionChange((session) => {
  publish(null, 0);
  if (session) void refreshUnreadBadge();
});
