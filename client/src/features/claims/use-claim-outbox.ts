import { useEffect } from 'react';
import type { OutboxItem } from '../outbox/outbox-item';
import { useOutbox } from '../outbox/use-outbox';

function claimIdOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const id = (payload as { claimId?: unknown }).claimId;
  return typeof id === 'string' ? id : null;
}

/** This claim's queued `claims.<action>` items (an appeal or a resubmission on its way). */
export function useClaimOutbox(action: 'appeal' | 'resubmit', claimId: string) {
  const { items, enqueue } = useOutbox({ fn: 'claims', action });
  const mine: OutboxItem[] = items.filter((i) => claimIdOf(i.payload) === claimId);
  const waiting = mine.find((i) => i.status === 'pending' || i.status === 'sending') ?? null;
  const failed = mine.filter((i) => i.status === 'failed').at(-1) ?? null;
  return { waiting, failed, enqueue };
}

/** Calls `reload` whenever one more of this person's `claims` submissions reached the server. */
export function useReloadOnClaimSent(reload: () => void) {
  const { items } = useOutbox({ fn: 'claims' });
  const sent = items.filter((i) => i.status === 'sent').length;
  useEffect(() => {
    if (sent > 0) reload();
  }, [sent, reload]);
}
