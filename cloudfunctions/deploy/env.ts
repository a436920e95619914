import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Credentials for deploy-time scripts run from a developer's machine (never committed). */
const DeployEnv = z.object({
  TCB_ENV: z.string().min(1, 'set TCB_ENV to the CloudBase environment id'),
  TENCENTCLOUD_SECRETID: z.string().min(1, 'set TENCENTCLOUD_SECRETID'),
  TENCENTCLOUD_SECRETKEY: z.string().min(1, 'set TENCENTCLOUD_SECRETKEY'),
  /** The functions' data keys (as in `.env`): when given, ID fields of older data are rewritten. */
  DATA_ENCRYPTION_KEY: z.string().min(1).optional(),
  DATA_HASH_KEY: z.string().min(1).optional(),
});

export function readDeployEnv(env: NodeJS.ProcessEnv = process.env) {
  const e = DeployEnv.parse(env);
  return { env: e.TCB_ENV, secretId: e.TENCENTCLOUD_SECRETID, secretKey: e.TENCENTCLOUD_SECRETKEY };
}

/** The data keys for deploy-time data passes, or null when they are not set. */
export function readDeployDataKeys(env: NodeJS.ProcessEnv = process.env) {
  const e = DeployEnv.parse(env);
  return e.DATA_ENCRYPTION_KEY && e.DATA_HASH_KEY
    ? { encryptionKey: e.DATA_ENCRYPTION_KEY, hashKey: e.DATA_HASH_KEY }
    : null;
}

/** A WeChat openid as CloudBase stores it in `users.openid` (28 characters today). */
const Openid = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'the first admin openid looks wrong (copy it from users.openid)');

/**
 * The openid of the environment's first admin, for `setup:cloudbase`: the `--first-admin <openid>`
 * flag, else `FIRST_ADMIN_OPENID`; null when neither is given.
 */
export function readFirstAdminOpenid(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const { values } = parseArgs({
    args: argv,
    options: { 'first-admin': { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const given = values['first-admin'] ?? env.FIRST_ADMIN_OPENID;
  if (given === undefined || given.trim() === '') return null;
  return Openid.parse(given);
}
