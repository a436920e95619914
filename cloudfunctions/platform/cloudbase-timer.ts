import { z } from 'zod';
import { callerEnvironment } from './adapters/cloudbase/cloudbase-identity';
import type { CallResult } from '../../shared/src/envelope/call-envelope';
import type { PlatformDeps } from './runtime/platform-deps';
import type { FunctionEntry } from './runtime/run-action';

/**
 * What CloudBase passes `main` when the function's timer trigger (cloudbaserc.json `triggers`,
 * type `timer`) fires: `{ Type: 'Timer', TriggerName, Time, Message }`, with no caller in the
 * context. The answer goes nowhere (timer invocations are asynchronous), so it is only logged.
 */
const TimerEvent = z.object({
  Type: z.string().regex(/^timer$/i),
  TriggerName: z.string().min(1).max(60),
  Time: z.string().optional(),
});

/**
 * A timer's event, and not a caller dressing a call up as one: a call from the mini program
 * always carries the caller's WX_OPENID in the context (a timer's context never does).
 */
export function isTimerInvocation(event: unknown, context: unknown): boolean {
  if (!TimerEvent.safeParse(event).success) return false;
  const caller = callerEnvironment(context);
  return !(typeof caller?.WX_OPENID === 'string' && caller.WX_OPENID !== '');
}

/**
 * `main` for a function with a timer trigger: timer events run `task` on the same ports as the
 * calls (built once per instance by `deps`), everything else goes to the function's router.
 */
export function withTimerTask(
  calls: FunctionEntry,
  deps: () => PlatformDeps,
  task: (deps: PlatformDeps) => Promise<Record<string, number>>,
): FunctionEntry {
  return async (event, context): Promise<CallResult<unknown>> => {
    if (!isTimerInvocation(event, context)) return calls(event, context);
    let d: PlatformDeps;
    try {
      d = deps();
    } catch (e) {
      console.error(
        JSON.stringify({ level: 'error', msg: 'function is misconfigured', timer: true }),
      );
      return {
        ok: false,
        error: { code: 'INTERNAL', message: String(e instanceof Error ? e.name : 'error') },
      };
    }
    try {
      const done = await task(d);
      d.logger.info({ trigger: (event as { TriggerName: string }).TriggerName, ...done }, 'timer');
      return { ok: true, data: done };
    } catch (e) {
      d.logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'timer task failed');
      return { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试。' } };
    }
  };
}

/** Builds a value on first use and keeps it (one set of ports per function instance). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
