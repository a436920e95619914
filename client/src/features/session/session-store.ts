import type { Role } from '@shared/auth/roles';
import { readStored, removeStored, writeStored } from '../../storage/local-store';

/** Who is logged in on this device (local gateway login; weapp identity comes from WeChat). */
export interface Session {
  token: string;
  persona: string;
  userId: string;
  role: Role;
}

const KEY = 'session.v1';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.token === 'string' &&
    typeof v.persona === 'string' &&
    typeof v.userId === 'string' &&
    typeof v.role === 'string'
  );
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function loadSession(): Session | null {
  return readStored(KEY, isSession);
}

export function saveSession(session: Session): void {
  writeStored(KEY, session);
  listeners.forEach((listener) => listener(session));
}

export function clearSession(): void {
  removeStored(KEY);
  listeners.forEach((listener) => listener(null));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}
