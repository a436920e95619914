import { randomUUID } from 'node:crypto';
import type { ActionContract, ActionsContract } from '../../../shared/src/contract/define-function';
import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import { CallEvent } from '../../../shared/src/envelope/call-envelope';
import { callFailure } from '../../../shared/src/envelope/call-failure';
import { DEFAULT_MESSAGE_BY_CODE } from '../../../shared/src/envelope/error-codes';
import { toFieldErrors, zhErrorMap } from '../../../shared/src/validation/zh-error-map';
import type { Clock } from '../ports/clock';
import type { ContentCheck } from '../ports/content-check';
import type { Notifier } from '../ports/notifier';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError, ServiceUnavailableError } from './app-error';
import { createAuditWriter } from './audit-writer';
import type { Caller, CallerCache } from './caller';
import { createCallerCache, resolveCaller } from './caller';
import { usersCollection } from './platform-collections';
import { watchWrites } from './write-watch';
import type { FunctionDefinition, HandlerContext } from './handler-context';
import { withIdempotency } from './idempotency';
import type { PlatformDeps } from './platform-deps';
import { clientAddressOf } from './client-address';
import { createPruneSchedule, pruneExpiredRecords } from './prune-expired-records';
import type { KnownWindows } from './rate-limit';
import { createKnownWindows, enforceRateLimit } from './rate-limit';
import type { ReadLimiter } from './read-rate-limit';
import { createReadLimiter } from './read-rate-limit';
import { keyedHash } from './sealed-value';
import { resolveScope } from './scope';
import {
  DEFAULT_FUNCTION_TIMEOUT_MS,
  retryBudgetMs,
  systemRetryTimer,
  transactionRetryFor,
} from './transaction-retry';

export type FunctionEntry = (
  event: unknown,
  platformContext?: unknown,
) => Promise<CallResult<unknown>>;

const failure = callFailure;

function expectedFailure(e: unknown): CallResult<never> | null {
  if (e instanceof AppError) return failure(e.code, e.message, e.fieldErrors);
  if (e instanceof ServiceUnavailableError) return failure('INTERNAL', e.message);
  if (isStoreError(e, 'DUPLICATE') || isStoreError(e, 'VERSION_CONFLICT'))
    return failure('CONFLICT');
  if (isStoreError(e, 'NOT_FOUND')) return failure('NOT_FOUND');
  if (isStoreError(e, 'BAD_QUERY'))
    return failure('VALIDATION_FAILED', undefined, { cursor: '翻页位置不对，请从第一页重新查看' });
  return null;
}

/**
 * The content check of one call: bound to the caller's openid and the function's scene (WeChat v2
 * needs both; an anonymous caller gets a check that refuses). A function that did not declare a
 * scene has no content check: using it is a programming error, caught by its tests.
 */
function contentCheckOf(deps: PlatformDeps, def: FunctionDefinition, caller: Caller): ContentCheck {
  const scene = def.contentScene;
  if (!scene) {
    const undeclared = (): never => {
      throw new Error(
        `${def.contract.name} uses the content check without declaring its contentScene (defineHandlers)`,
      );
    };
    return { checkText: undeclared, checkImage: undeclared };
  }
  const openid = caller.kind === 'user' ? caller.openid : null;
  return deps.contentCheck.forCall
    ? deps.contentCheck.forCall({ openid, scene })
    : deps.contentCheck;
}

/** A notifier whose writes outside a transaction go through `store` (a keyed call's journal). */
function notifierOn(store: Store, notifier: Notifier): Notifier {
  return {
    notify: (n, tx) =>
      tx ? notifier.notify(n, tx) : store.transaction((t) => notifier.notify(n, t)),
  };
}

function callerKey(caller: Caller): string {
  return caller.kind === 'user' ? caller.userId : 'anonymous';
}

/**
 * Who to count a call against: the user, or for an anonymous caller a keyed hash of their
 * address (the address itself is never kept). Anonymous callers without an address share one key.
 */
function limitKey(caller: Caller, address: string | null, deps: PlatformDeps): string {
  if (caller.kind === 'user') return caller.userId;
  return address ? `anon:${keyedHash(`client-address:${address}`, deps.dataKeys)}` : 'anonymous';
}

/** What one function instance keeps in memory across calls (per set of platform deps). */
interface InstanceState {
  reads: ReadLimiter;
  prune: { due(): boolean };
  callers: CallerCache;
  windows: KnownWindows;
  /** deps.store, watched for writes to user records when callers are cached. */
  store: Store;
}
const instances = new WeakMap<PlatformDeps, InstanceState>();
function instanceOf(deps: PlatformDeps): InstanceState {
  let state = instances.get(deps);
  if (!state) {
    const callers = createCallerCache(deps.limits.callerCacheMs ?? 0);
    state = {
      reads: createReadLimiter(
        deps.clock,
        deps.limits.readsPerMinute ?? 10 * deps.limits.mutationsPerMinute,
      ),
      prune: createPruneSchedule(deps.clock),
      callers,
      windows: createKnownWindows(),
      // A user record written in this instance (role, profile, household) is read afresh.
      store: deps.limits.callerCacheMs
        ? watchWrites(deps.store, [usersCollection.name], () => callers.clear())
        : deps.store,
    };
    instances.set(deps, state);
  }
  return state;
}

/** Housekeeping must never fail a villager's call: a failed sweep is logged and tried next time. */
async function pruneQuietly(deps: PlatformDeps, store: Store): Promise<void> {
  try {
    const removed = await pruneExpiredRecords(store, deps.clock);
    if (removed > 0) deps.logger.info({ removed }, 'pruned expired runtime records');
  } catch (e) {
    deps.logger.warn({ error: e instanceof Error ? e.name : 'unknown' }, 'prune failed');
  }
}

/**
 * The one function runtime every cloud function uses:
 * parse the event and the action's input → resolve the caller from the platform → authorize from
 * the contract's access table → rate limit and idempotency for mutating actions → handler →
 * output check → envelope. Anything unexpected becomes INTERNAL with a request id, logged,
 * with nothing leaked.
 */
export function createFunctionEntry<A extends ActionsContract>(
  def: FunctionDefinition<A>,
  deps: PlatformDeps,
): FunctionEntry {
  const fn = def.contract.name;
  const actions = def.contract.actions as Record<string, ActionContract>;
  const instance = instanceOf(deps);
  const handlers = def.handlers as unknown as Record<
    string,
    (input: unknown, ctx: HandlerContext) => Promise<unknown>
  >;

  return async (event, platformContext) => {
    const requestId = randomUUID();
    const started = Date.now();
    const retryTimer = deps.retryTimer ?? systemRetryTimer;
    const callDeadline =
      retryTimer.now() +
      retryBudgetMs(deps.limits.functionTimeoutMs ?? DEFAULT_FUNCTION_TIMEOUT_MS);
    const retryTransaction = transactionRetryFor({ timer: retryTimer, deadline: callDeadline });
    let action = '(unparsed)';
    let caller: Caller = { kind: 'anonymous' };
    const finish = (result: CallResult<unknown>): CallResult<unknown> => {
      deps.logger.info(
        {
          requestId,
          fn,
          action,
          userId: caller.kind === 'user' ? caller.userId : null,
          role: caller.kind === 'user' ? caller.role : 'anonymous',
          ok: result.ok,
          code: result.ok ? null : result.error.code,
          ms: Date.now() - started,
        },
        'call',
      );
      return result;
    };

    try {
      const envelope = CallEvent.safeParse(event, { error: zhErrorMap });
      if (!envelope.success) {
        return finish(failure('VALIDATION_FAILED', undefined, toFieldErrors(envelope.error)));
      }
      const contract = Object.hasOwn(actions, envelope.data.action)
        ? actions[envelope.data.action]
        : undefined;
      const handler = contract ? handlers[envelope.data.action] : undefined;
      if (!contract || !handler) {
        return finish(
          failure('VALIDATION_FAILED', '没有这项操作，请更新小程序后再试。', {
            action: '没有这项操作',
          }),
        );
      }
      action = envelope.data.action;
      const rawPayload = envelope.data.payload ?? {};
      const parsed = contract.input.safeParse(rawPayload, { error: zhErrorMap });
      if (!parsed.success) {
        return finish(failure('VALIDATION_FAILED', undefined, toFieldErrors(parsed.error)));
      }

      const principal = await deps.identity.resolve(platformContext);
      caller = await resolveCaller(principal, instance.store, deps.clock, instance.callers);
      const rule = contract.access[caller.kind === 'user' ? caller.role : 'anonymous'];
      if (!rule) {
        return finish(failure(caller.kind === 'user' ? 'FORBIDDEN' : 'UNAUTHENTICATED'));
      }
      const scope = resolveScope(rule, caller);
      const whoCounts = limitKey(caller, clientAddressOf(platformContext), deps);

      const contentCheck = contentCheckOf(deps, def, caller);
      const contextOn = (store: Store, clock: Clock): HandlerContext => ({
        store,
        files: deps.files,
        contentCheck,
        notifier: store === instance.store ? deps.notifier : notifierOn(store, deps.notifier),
        clock,
        logger: deps.logger,
        dataKeys: deps.dataKeys,
        ...(deps.subscribe ? { subscribe: deps.subscribe } : {}),
        ...(deps.textToSpeech ? { textToSpeech: deps.textToSpeech } : {}),
        caller,
        scope,
        viewerKey: caller.kind === 'user' ? `user:${caller.userId}` : whoCounts,
        requestId,
        fn,
        action,
        retryTransaction,
        audit: createAuditWriter(store, clock, {
          actorId: caller.kind === 'user' ? caller.userId : null,
          actorRole: caller.kind === 'user' ? caller.role : 'anonymous',
          fn,
          action,
          requestId,
        }),
      });

      const execute = async (
        store: Store = instance.store,
        clock: Clock = deps.clock,
      ): Promise<CallResult<unknown>> => {
        try {
          const output = await handler(parsed.data, contextOn(store, clock));
          const checked = contract.output.safeParse(output);
          if (!checked.success) {
            deps.logger.error(
              {
                requestId,
                fn,
                action,
                issues: checked.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code })),
              },
              'output failed its schema',
            );
            return {
              ok: false,
              error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL, requestId },
            };
          }
          return { ok: true, data: checked.data };
        } catch (e) {
          const expected = expectedFailure(e);
          if (expected) return expected;
          throw e;
        }
      };

      if (!contract.mutating) {
        if (!instance.reads.take(whoCounts)) return finish(failure('RATE_LIMITED'));
        return finish(await execute());
      }
      await enforceRateLimit(
        instance.store,
        deps.clock,
        whoCounts,
        deps.limits.mutationsPerMinute,
        instance.windows,
      );
      if (instance.prune.due()) await pruneQuietly(deps, instance.store);
      const key = envelope.data.idempotencyKey;
      if (!key) return finish(await execute());
      return finish(
        await withIdempotency(
          instance.store,
          deps.clock,
          {
            fn,
            action,
            callerKey: callerKey(caller),
            key,
            payload: rawPayload,
            leaseMs: deps.limits.idempotencyLeaseMs,
            pendingWaitMs: callDeadline - retryTimer.now(),
          },
          (call) => execute(call.store, call.clock),
        ),
      );
    } catch (e) {
      const expected = expectedFailure(e);
      if (expected) return finish(expected);
      const err = e instanceof Error ? e : new Error(String(e));
      deps.logger.error(
        { requestId, fn, action, error: err.name, detail: err.message, stack: err.stack },
        'unexpected error',
      );
      return finish({
        ok: false,
        error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL, requestId },
      });
    }
  };
}
