import Taro from '@tarojs/taro';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { networkError, type ClientCallResult } from './client-call-result';
import { readEnvelope } from './envelope-guard';
import type { Transport, TransportCall } from './transport';

/** errMsg fragments of wx.cloud.callFunction failures that mean "never reached the function". */
const NETWORK_FAILURE = /timeout|timed out|network|offline|request:fail|ERR_/i;

function errMsgOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'errMsg' in thrown) {
    return String(thrown.errMsg);
  }
  return thrown instanceof Error ? thrown.message : String(thrown);
}

/** `Taro.cloud.callFunction({ name, data: { action, payload, idempotencyKey } })` (weapp). */
export function createCloudTransport(): Transport {
  return {
    kind: 'cloud',
    async call(call: TransportCall): Promise<ClientCallResult<unknown>> {
      let result: unknown;
      try {
        const response = await Taro.cloud.callFunction({
          name: call.fn,
          data: {
            action: call.action,
            payload: call.payload ?? {},
            ...(call.idempotencyKey ? { idempotencyKey: call.idempotencyKey } : {}),
          },
        });
        result = response.result;
      } catch (thrown) {
        if (NETWORK_FAILURE.test(errMsgOf(thrown))) return networkError();
        // The platform reached the function but it crashed or is not deployed.
        return {
          ok: false,
          error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL },
        };
      }
      return (
        readEnvelope(result) ?? {
          ok: false,
          error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL },
        }
      );
    },
  };
}
