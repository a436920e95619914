import Taro from '@tarojs/taro';
import { ROLES } from '@shared/auth/roles';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { networkError, type ClientCallResult } from '../../api/client-call-result';
import { codeForHttpStatus, readEnvelope } from '../../api/envelope-guard';
import type { Persona } from './personas';
import type { Session } from './session-store';

function toSession(value: unknown): Session | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.token === 'string' &&
    typeof v.persona === 'string' &&
    typeof v.userId === 'string' &&
    (ROLES as readonly unknown[]).includes(v.role);
  if (!ok) return null;
  return {
    token: v.token as string,
    persona: v.persona as string,
    userId: v.userId as string,
    role: v.role as Session['role'],
    name: typeof v.name === 'string' ? v.name : null,
  };
}

/** `POST /api/auth/dev-login {persona}` on the local gateway (h5 and local builds only). */
export async function devLogin(
  apiBase: string,
  persona: Persona,
): Promise<ClientCallResult<Session>> {
  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({
      url: `${apiBase}/api/auth/dev-login`,
      method: 'POST',
      header: { 'Content-Type': 'application/json' },
      data: { persona },
      dataType: 'json',
      timeout: 15_000,
    });
  } catch {
    return networkError();
  }
  const envelope = readEnvelope(response.data);
  if (envelope?.ok === true) {
    const session = toSession(envelope.data);
    if (session) return { ok: true, data: session };
    return { ok: false, error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL } };
  }
  if (envelope) return envelope;
  const code = codeForHttpStatus(response.statusCode);
  return { ok: false, error: { code, message: DEFAULT_MESSAGE_BY_CODE[code] } };
}
