import { useEffect } from 'react';
import { useOutbox } from '../outbox/use-outbox';

/** Calls `reload` whenever one more of this person's `risk` submissions reached the server. */
export function useReloadOnRiskSent(reload: () => void, enabled = true) {
  const { items } = useOutbox({ fn: 'risk' });
  const sent = items.filter((i) => i.status === 'sent' && i.action !== 'uploadPhoto').length;
  useEffect(() => {
    if (enabled && sent > 0) reload();
  }, [enabled, sent, reload]);
}
