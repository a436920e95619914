import { z } from 'zod';
import type { CloudbaseConnection } from '../cloudbase-app';

/**
 * The one place tests read the credentials of a real CloudBase environment. When all three are
 * set, the Store contract suite also runs against that environment (it writes only to its own
 * `contract_*` collections and empties them around every test); otherwise it is skipped with
 * the reason.
 */
const RealEnv = z.object({
  TCB_ENV: z.string().min(1),
  TENCENTCLOUD_SECRETID: z.string().min(1),
  TENCENTCLOUD_SECRETKEY: z.string().min(1),
});

export type RealCloudbase = { connection: CloudbaseConnection } | { skipReason: string };

export function realCloudbaseFromEnv(env: NodeJS.ProcessEnv = process.env): RealCloudbase {
  const parsed = RealEnv.safeParse(env);
  if (!parsed.success) {
    return {
      skipReason: 'TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not all set',
    };
  }
  return {
    connection: {
      env: parsed.data.TCB_ENV,
      secretId: parsed.data.TENCENTCLOUD_SECRETID,
      secretKey: parsed.data.TENCENTCLOUD_SECRETKEY,
    },
  };
}
