/** Messages are kept one year after they are written, then pruned (prune-expired-records.ts). */
export const MESSAGE_KEEP_DAYS = 365;

/** When a message written at `createdAt` (ISO instant) is removed. */
export function messageExpiresAt(createdAt: string): string {
  return new Date(Date.parse(createdAt) + MESSAGE_KEEP_DAYS * 86_400_000).toISOString();
}
