import Taro from '@tarojs/taro';
import { ROLES } from '@shared/auth/roles';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { networkError, type ClientCallResult } from '../../api/client-call-result';
import { codeForHttpStatus, readEnvelope } from '../../api/envelope-guard';
import type { Persona } from './personas';
import type { Session } from './session-store';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.token === 'string' &&
    typeof v.persona === 'string' &&
    typeof v.userId === 'string' &&
    (ROLES as readonly unknown[]).includes(v.role)
  );
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
    if (isSession(envelope.data)) return { ok: true, data: envelope.data };
    return { ok: false, error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL } };
  }
  if (envelope) return envelope;
  const code = codeForHttpStatus(response.statusCode);
  return { ok: false, error: { code, message: DEFAULT_MESSAGE_BY_CODE[code] } };
}
