import { useCallback, useState } from 'react';
import { clientEnv } from '../../env';
import { devLogin } from './dev-login';
import type { Persona } from './personas';
import { saveSession } from './session-store';

export interface UseDevLogin {
  busy: Persona | null;
  error: string | null;
  login: (persona: Persona) => Promise<boolean>;
}

export function useDevLogin(): UseDevLogin {
  const [busy, setBusy] = useState<Persona | null>(null);
  const [error, setError] = useState<string | null>(null);
  const login = useCallback(async (persona: Persona) => {
    setBusy(persona);
    setError(null);
    const result = await devLogin(clientEnv.apiBase, persona);
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    saveSession(result.data);
    return true;
  }, []);
  return { busy, error, login };
}
