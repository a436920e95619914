import { useEffect } from 'react';
import { useRemoteData } from '../../api/use-remote-data';
import { useOutbox } from '../outbox/use-outbox';
import { fetchMyFeedback } from './feedback-api';

/** The villager's feedback list; refreshed whenever a queued submission is sent. */
export function useMyFeedback(enabled: boolean) {
  const list = useRemoteData(fetchMyFeedback, enabled);
  const { items } = useOutbox({ fn: 'feedback', action: 'submit' });
  const sentCount = items.filter((i) => i.status === 'sent').length;
  const { reload } = list;
  useEffect(() => {
    if (enabled && sentCount > 0) reload();
  }, [enabled, sentCount, reload]);
  return list;
}
