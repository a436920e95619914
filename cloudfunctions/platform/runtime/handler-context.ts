import type {
  ActionInput,
  ActionsContract,
  FunctionContract,
} from '../../../shared/src/contract/define-function';
import type { z } from 'zod';
import type { ContentScene } from '../ports/content-check';
import type { AuditWriter } from './audit-writer';
import type { Caller } from './caller';
import type { PlatformDeps } from './platform-deps';
import type { Scope } from './scope';
import type { TransactionRetry } from './transaction-retry';

/** What a handler receives besides its parsed input: who, how far, and the ports. */
export interface HandlerContext extends Omit<PlatformDeps, 'identity' | 'limits' | 'retryTimer'> {
  caller: Caller;
  scope: Scope;
  /**
   * Who is looking, for per-viewer counts: `user:<userId>`, or for an anonymous caller a keyed
   * hash of their address (never the address itself).
   */
  viewerKey: string;
  requestId: string;
  fn: string;
  action: string;
  audit: AuditWriter;
  /**
   * Re-runs a transaction that lost a race, within this call's time budget (derived from the
   * function's timeout); past it, CONFLICT「人多，请稍后再试。」.
   */
  retryTransaction: TransactionRetry;
}

export type Handler<I, O> = (input: I, ctx: HandlerContext) => Promise<O>;

/** One handler per action of the contract, typed from its schemas. */
export type Handlers<A extends ActionsContract> = {
  [K in keyof A]: Handler<ActionInput<A, K>, z.input<A[K]['output']>>;
};

export interface FunctionDefinition<A extends ActionsContract = ActionsContract> {
  contract: FunctionContract<string, A>;
  handlers: Handlers<A>;
  /**
   * What the function's users write, for the content check (WeChat's v2 `scene`). Only a function
   * that declares it may use `ctx.contentCheck` (else the call fails INTERNAL), and exactly these
   * functions are deployed with the cloud-call permissions the check needs (see the registry).
   */
  contentScene?: ContentScene;
}

export function defineHandlers<A extends ActionsContract>(
  contract: FunctionContract<string, A>,
  handlers: Handlers<A>,
  options: { contentScene?: ContentScene } = {},
): FunctionDefinition<A> {
  return {
    contract,
    handlers,
    ...(options.contentScene ? { contentScene: options.contentScene } : {}),
  };
}
