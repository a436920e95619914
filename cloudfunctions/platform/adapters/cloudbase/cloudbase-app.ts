import tcb from '@cloudbase/node-sdk';
import type { CloudBase } from '@cloudbase/node-sdk';

/** How to reach one CloudBase environment. Passed in by the function's `env.ts`, never read here. */
export interface CloudbaseConnection {
  /** Environment id, e.g. `village-prod-1a2b3c`. */
  env: string;
  /** API key pair; omit inside a CloudBase function, where the SDK uses the function's role. */
  secretId?: string;
  secretKey?: string;
  /** Override of the API endpoint (tests point it at the fake server). */
  serviceUrl?: string;
  /** Per-request timeout in ms (SDK default 15000). */
  timeoutMs?: number;
}

/**
 * One SDK instance per connection. `init` starts a metadata probe (30 ms timeout) to learn
 * whether it runs inside Tencent Cloud; offline it fails fast and harmlessly.
 */
export function openCloudbaseApp(connection: CloudbaseConnection): CloudBase {
  if ((connection.secretId === undefined) !== (connection.secretKey === undefined)) {
    throw new Error('secretId and secretKey must be given together');
  }
  return tcb.init({
    env: connection.env,
    ...(connection.secretId !== undefined ? { secretId: connection.secretId } : {}),
    ...(connection.secretKey !== undefined ? { secretKey: connection.secretKey } : {}),
    ...(connection.serviceUrl !== undefined ? { serviceUrl: connection.serviceUrl } : {}),
    timeout: connection.timeoutMs ?? 15000,
  });
}
