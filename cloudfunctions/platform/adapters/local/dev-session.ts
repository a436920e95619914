import { maskClientAddress, sessionExpiry } from '../../../../shared/src/users/session-rules';
import type { Clock } from '../../ports/clock';
import type { Store } from '../../ports/store';
import { newId } from '../../runtime/new-id';
import { sessionsCollection, usersCollection } from '../../runtime/platform-collections';
import { signDevToken } from './dev-token';

export interface DevSession {
  token: string;
  sessionId: string;
  userId: string;
  expiresAt: string;
}

/**
 * A dev-login: stores a new session for the user with this openid and signs a token carrying
 * its id. The token is never stored; logout revokes the session, which ends the token.
 */
export async function openDevSession(
  store: Store,
  clock: Clock,
  secret: Buffer,
  openid: string,
  clientAddress?: string,
): Promise<DevSession> {
  const user = (await store.collection(usersCollection).find({ openid }, { limit: 1 })).items[0];
  if (!user) throw new Error('dev-login for a user that does not exist');
  const now = clock.now();
  const expiresAt = sessionExpiry(now);
  const sessionId = newId();
  await store.collection(sessionsCollection).insert({
    _id: sessionId,
    userId: user._id,
    openid,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
    revokedAt: null,
    clientMasked: maskClientAddress(clientAddress),
  });
  const token = signDevToken(secret, {
    openid,
    sid: sessionId,
    exp: Math.floor(Date.parse(expiresAt) / 1000),
  });
  return { token, sessionId, userId: user._id, expiresAt };
}
