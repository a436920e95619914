import type { ClientCallResult } from './client-call-result';

/** One call of a cloud function action, as both transports send it. */
export interface TransportCall {
  fn: string;
  action: string;
  payload: unknown;
  idempotencyKey?: string;
}

/** Sends a call and answers with a result; never throws and never shows UI. */
export interface Transport {
  readonly kind: 'cloud' | 'http';
  call(call: TransportCall): Promise<ClientCallResult<unknown>>;
}
