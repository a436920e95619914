/** What a page says when it has no network (plain words for elderly villagers). */
export const SHOWING_LAST_SEEN = '没有网络，显示的是上次的内容';
export const NOTHING_KEPT = '没有网络，联网后再打开';

/** A read that came back after the person who asked logged out. */
export const CHANGED_HANDS = '登录的人换了，请重新打开这一页。';
