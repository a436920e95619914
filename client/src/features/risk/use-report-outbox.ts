import type { OutboxItem } from '../outbox/outbox-item';
import { useOutbox } from '../outbox/use-outbox';

function reportIdOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const id = (payload as { reportId?: unknown }).reportId;
  return typeof id === 'string' ? id : null;
}

/** This report's queued `risk.<action>` items (an appeal or a resubmission on its way). */
export function useReportOutbox(action: 'appeal' | 'resubmit', reportId: string) {
  const { items, enqueue } = useOutbox({ fn: 'risk', action });
  const mine: OutboxItem[] = items.filter((i) => reportIdOf(i.payload) === reportId);
  const waiting = mine.find((i) => i.status === 'pending' || i.status === 'sending') ?? null;
  const failed = mine.filter((i) => i.status === 'failed').at(-1) ?? null;
  const sent = mine.filter((i) => i.status === 'sent').length;
  return { waiting, failed, sent, enqueue };
}
