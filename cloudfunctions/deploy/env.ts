import { z } from 'zod';

/** Credentials for deploy-time scripts run from a developer's machine (never committed). */
const DeployEnv = z.object({
  TCB_ENV: z.string().min(1, 'set TCB_ENV to the CloudBase environment id'),
  TENCENTCLOUD_SECRETID: z.string().min(1, 'set TENCENTCLOUD_SECRETID'),
  TENCENTCLOUD_SECRETKEY: z.string().min(1, 'set TENCENTCLOUD_SECRETKEY'),
});

export function readDeployEnv(env: NodeJS.ProcessEnv = process.env) {
  const e = DeployEnv.parse(env);
  return { env: e.TCB_ENV, secretId: e.TENCENTCLOUD_SECRETID, secretKey: e.TENCENTCLOUD_SECRETKEY };
}
