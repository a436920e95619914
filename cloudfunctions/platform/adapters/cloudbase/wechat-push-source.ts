import { callerEnvironment } from './cloudbase-identity';

/**
 * Whether a function invocation could be a WeChat message push (消息推送, e.g. `wxa_media_check`)
 * rather than somebody calling the function.
 *
 * CloudBase records who triggered an invocation in the context's `TCB_SOURCE` (what
 * `wx-server-sdk`'s `getWXContext().SOURCE` returns; a chain like `wx_client,scf` when one
 * function calls another): `wx_client` for the mini-program's `callFunction`, `wx_devtools`,
 * `wx_localdebug` for the IDE, `wx_http` for the HTTP API, `wx_crawler` for WeChat's crawler,
 * `scf` for another function. A push comes from none of these, and carries no CloudBase end-user
 * login (`TCB_UUID` / `TCB_CUSTOM_USER_ID`, set for web-SDK callers). An invocation without an
 * SCF context at all is not from CloudBase and is refused too.
 */
const CALLER_SOURCES = new Set([
  'wx_client',
  'wx_devtools',
  'wx_localdebug',
  'wx_http',
  'wx_crawler',
  'scf',
]);

export type PushCheck = { push: true } | { push: false; source: string };

export function pushInvocation(context: unknown): PushCheck {
  const env = callerEnvironment(context);
  if (!env) return { push: false, source: 'no-context' };
  const chain = typeof env.TCB_SOURCE === 'string' ? env.TCB_SOURCE : '';
  const hops = chain
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const caller = hops.find((h) => CALLER_SOURCES.has(h));
  if (caller) return { push: false, source: caller };
  if (typeof env.TCB_UUID === 'string' && env.TCB_UUID) return { push: false, source: 'web-user' };
  if (typeof env.TCB_CUSTOM_USER_ID === 'string' && env.TCB_CUSTOM_USER_ID)
    return { push: false, source: 'web-user' };
  return { push: true };
}
