import { createHttpTransport } from '../../api/http-transport';
import { clientEnv } from '../../env';
import { readStored, writeStored } from '../../storage/local-store';

/**
 * Logouts the server has not heard of yet. Logging out offline still clears the phone at once;
 * the old token is kept here only to end its session (`users.logout` sent with that token) as
 * soon as the network is back. WeChat identities (weapp) have no token and never land here.
 */
const KEY = 'session.pending-revocations.v1';

const isTokenList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((t) => typeof t === 'string');

export function rememberRevocation(token: string): void {
  const tokens = readStored(KEY, isTokenList) ?? [];
  if (!tokens.includes(token)) writeStored(KEY, [...tokens, token]);
}

export function pendingRevocationCount(): number {
  return (readStored(KEY, isTokenList) ?? []).length;
}

let queue: Promise<void> = Promise.resolve();

async function sendAll(): Promise<void> {
  for (const token of readStored(KEY, isTokenList) ?? []) {
    const transport = createHttpTransport({ apiBase: clientEnv.apiBase, getToken: () => token });
    const r = await transport.call({ fn: 'users', action: 'logout', payload: {} });
    const done = r.ok || r.error.code === 'UNAUTHENTICATED';
    if (done)
      writeStored(
        KEY,
        (readStored(KEY, isTokenList) ?? []).filter((t) => t !== token),
      );
  }
}

/** Sends every remembered logout, one run after another; a token already refused is done too. */
export function sendPendingRevocations(): Promise<void> {
  queue = queue.then(sendAll, sendAll);
  return queue;
}
