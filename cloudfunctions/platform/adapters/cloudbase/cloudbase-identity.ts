import type { Identity, Principal } from '../../ports/identity';

/**
 * The caller's WeChat OPENID from the CloudBase (SCF) function context.
 *
 * CloudBase passes per-invocation caller data in the second argument of `main(event, context)`:
 * `context.environment` (a JSON string; older runtimes: `context.environ`, `k=v;k=v`) holding
 * `WX_OPENID`, `WX_APPID`, `WX_UNIONID` and the list of such keys in `WX_CONTEXT_KEYS`. This is
 * what `@cloudbase/node-sdk`'s `parseContext` / `getCloudbaseContext` read; `auth().getUserInfo()`
 * reads the same values but from `process.env`, so we parse the explicit context instead and
 * never fall back to the process environment or to anything in the event payload.
 */
const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

function parseEnviron(environ: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of environ.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

/** The caller variables of an SCF context, or null when it is not one. */
export function callerEnvironment(context: unknown): Record<string, unknown> | null {
  if (typeof context !== 'object' || context === null) return null;
  const { environment, environ } = context as { environment?: unknown; environ?: unknown };
  if (typeof environment === 'string' && environment) {
    try {
      const parsed: unknown = JSON.parse(environment);
      return typeof parsed === 'object' && parsed !== null
        ? (parsed as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }
  if (typeof environ === 'string' && environ) return parseEnviron(environ);
  return null;
}

export function createCloudbaseIdentity(): Identity {
  return {
    resolve(platformContext: unknown): Promise<Principal | null> {
      const env = callerEnvironment(platformContext);
      const openid = env?.WX_OPENID;
      return Promise.resolve(typeof openid === 'string' && OPENID.test(openid) ? { openid } : null);
    },
  };
}
