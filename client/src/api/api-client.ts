import type { AllFunctions, FunctionName } from '@shared/contract/all-functions';
import type {
  ActionOutput,
  ActionPayload,
  ActionsContract,
} from '@shared/contract/define-function';
import type { ClientCallResult } from './client-call-result';
import type { Transport } from './transport';

export interface CallOptions {
  /** Required for mutating actions sent through the outbox; `[A-Za-z0-9_-]{8,128}`. */
  idempotencyKey?: string;
}

type ActionsOf<N extends FunctionName> = AllFunctions[N]['actions'];

type ActionCaller<A extends ActionsContract, K extends keyof A> = (
  payload: ActionPayload<A, K>,
  options?: CallOptions,
) => Promise<ClientCallResult<ActionOutput<A, K>>>;

/** `api.<fn>.<action>(payload, options)` for every action of every function in the contract. */
export type Api = {
  [N in FunctionName]: { [K in keyof ActionsOf<N>]: ActionCaller<ActionsOf<N>, K> };
};

/**
 * Builds the typed API from the contract's *type* with a Proxy: `api.users.me({})` sends
 * `{ fn: 'users', action: 'me' }`. The contract object itself (zod schemas) is not imported
 * at runtime so it does not weigh on the mini-program's main package; the server parses
 * every input anyway.
 */
export function createApi(getTransport: () => Transport): Api {
  const functions = new Map<string, object>();
  const functionProxy = (fn: string): object =>
    new Proxy(
      {},
      {
        get(_target, action) {
          if (typeof action !== 'string') return undefined;
          return (payload: unknown, options?: CallOptions) =>
            getTransport().call({
              fn,
              action,
              payload,
              ...(options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
            });
        },
      },
    );
  return new Proxy({} as Api, {
    get(_target, fn) {
      if (typeof fn !== 'string') return undefined;
      let proxy = functions.get(fn);
      if (!proxy) {
        proxy = functionProxy(fn);
        functions.set(fn, proxy);
      }
      return proxy;
    },
  });
}

/** Untyped entry for queued calls (the outbox stores fn/action names as data). */
export type RawCall = (
  fn: string,
  action: string,
  payload: unknown,
  options?: CallOptions,
) => Promise<ClientCallResult<unknown>>;

export function createRawCall(getTransport: () => Transport): RawCall {
  return (fn, action, payload, options) =>
    getTransport().call({
      fn,
      action,
      payload,
      ...(options?.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
    });
}
