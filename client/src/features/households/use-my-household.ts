import { useEffect } from 'react';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { useOutbox } from '../outbox/use-outbox';

/** The villager's own household (`mine`); read again when a queued join code was accepted. */
export function useMyHousehold(enabled: boolean) {
  const mine = useRemoteData(() => api.households.mine({}), enabled, {
    lastSeen: 'households.mine',
  });
  const { items } = useOutbox({ fn: 'households', action: 'join' });
  const joined = items.filter((i) => i.status === 'sent').length;
  const { reload } = mine;
  useEffect(() => {
    if (enabled && joined > 0) reload();
  }, [enabled, joined, reload]);
  return mine;
}
