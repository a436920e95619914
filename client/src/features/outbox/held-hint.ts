/** "等 马文礼 登录后发送": shown to whoever else is on the phone, for an item held for its author. */
export function heldHint(authorName: string | null): string {
  return `等 ${authorName ?? '提交的人'} 登录后发送`;
}
