import type { ActionsContract } from '../../shared/src/contract/define-function';
import { createCloudbasePlatform } from './cloudbase-platform';
import { readFunctionConfig } from './env';
import type { FunctionDefinition } from './runtime/handler-context';
import type { FunctionEntry } from './runtime/run-action';
import { createFunctionEntry } from './runtime/run-action';
import type { PlatformDeps } from './runtime/platform-deps';

/**
 * The `main(event, context)` CloudBase calls. Configuration is read and the ports are built on the
 * first call of an instance; a configuration error answers INTERNAL (logged), never a crash loop.
 */
export function createCloudbaseMain<A extends ActionsContract>(
  def: FunctionDefinition<A>,
  makeDeps: () => PlatformDeps = () => createCloudbasePlatform(readFunctionConfig()),
): FunctionEntry {
  let entry: FunctionEntry | null = null;
  return async (event, context) => {
    if (!entry) {
      try {
        entry = createFunctionEntry(def, makeDeps());
      } catch (e) {
        console.error(
          JSON.stringify({
            level: 'error',
            fn: def.contract.name,
            msg: 'function is misconfigured',
            detail: e instanceof Error ? e.message : String(e),
          }),
        );
        return { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试。' } };
      }
    }
    return entry(event, context);
  };
}
