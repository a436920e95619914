import type { Role } from '@shared/auth/roles';
import { readStored, removeStored, writeStored } from '../../storage/local-store';

/**
 * Who is logged in on this device. Local gateway: the dev-login answer with its token. weapp:
 * WeChat vouches for every call, so there is no token; the user id and name come from
 * `users.me` (see platform-sign-in.ts), which is how the phone knows whose drafts and outbox
 * items are whose.
 */
export interface Session {
  token: string | null;
  persona: string | null;
  userId: string;
  role: Role;
  /** Shown to the next person on the phone: "等 马文礼 登录后发送". */
  name: string | null;
}

/** Who wrote a draft or an outbox item. */
export interface Author {
  userId: string;
  name: string | null;
}

const KEY = 'session.v1';

const stringOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    stringOrNull(v.token) &&
    stringOrNull(v.persona) &&
    stringOrNull(v.name) &&
    typeof v.userId === 'string' &&
    typeof v.role === 'string'
  );
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

export function loadSession(): Session | null {
  const stored = readStored(KEY, isSession);
  return stored ? { ...stored, token: stored.token ?? null, name: stored.name ?? null } : null;
}

/** weapp: the person chose 退出登录; WeChat still vouches, but the app acts signed out until 登录. */
const SIGNED_OUT_KEY = 'session.signed-out.v1';
const isTrue = (v: unknown): v is true => v === true;

export function signedOutOnPurpose(): boolean {
  return readStored(SIGNED_OUT_KEY, isTrue) === true;
}

export function saveSession(session: Session): void {
  const before = loadSession();
  removeStored(SIGNED_OUT_KEY);
  writeStored(KEY, session);
  if (before?.userId !== session.userId || before.token !== session.token)
    listeners.forEach((listener) => listener(session));
}

export function clearSession(): void {
  removeStored(KEY);
  writeStored(SIGNED_OUT_KEY, true);
  listeners.forEach((listener) => listener(null));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}

/** The signed-in person, read at the moment of asking (a login can change at any time). */
export function currentAuthor(): Author | null {
  const session = loadSession();
  return session ? { userId: session.userId, name: session.name } : null;
}
