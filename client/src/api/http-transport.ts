import Taro from '@tarojs/taro';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { networkError, type ClientCallResult } from './client-call-result';
import { codeForHttpStatus, readEnvelope } from './envelope-guard';
import type { Transport, TransportCall } from './transport';

export interface HttpTransportOptions {
  /** Gateway origin, '' for the page's own origin. */
  apiBase: string;
  /** Read on every call so a login takes effect at once. */
  getToken: () => string | null;
  timeoutMs?: number;
}

/** POST `${apiBase}/api/<fn>` with `{ action, payload, idempotencyKey }` (local gateway, h5). */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const timeout = options.timeoutMs ?? 15_000;
  return {
    kind: 'http',
    async call(call: TransportCall): Promise<ClientCallResult<unknown>> {
      const token = options.getToken();
      const header: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) header.Authorization = `Bearer ${token}`;
      let response: { statusCode: number; data: unknown };
      try {
        response = await Taro.request({
          url: `${options.apiBase}/api/${encodeURIComponent(call.fn)}`,
          method: 'POST',
          header,
          timeout,
          dataType: 'json',
          data: {
            action: call.action,
            payload: call.payload ?? {},
            ...(call.idempotencyKey ? { idempotencyKey: call.idempotencyKey } : {}),
          },
        });
      } catch {
        // Taro.request rejects only when no HTTP answer arrived (offline, DNS, timeout, abort).
        return networkError();
      }
      const status = response.statusCode;
      const envelope = readEnvelope(response.data);
      if (envelope) {
        return envelope.ok
          ? envelope
          : { ok: false, error: { ...envelope.error, httpStatus: status } };
      }
      // Not our JSON (a proxy's error page, an empty 502): classify by status.
      if (status === 0) return networkError();
      if (status === 502 || status === 503 || status === 504) {
        return { ok: false, error: { ...networkError().error, httpStatus: status } };
      }
      const code = codeForHttpStatus(status);
      return {
        ok: false,
        error: { code, message: DEFAULT_MESSAGE_BY_CODE[code], httpStatus: status },
      };
    },
  };
}
