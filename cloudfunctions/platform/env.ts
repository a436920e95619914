import { z } from 'zod';

/**
 * Configuration of a deployed cloud function: the only place function code reads process.env.
 * CloudBase supplies the environment id and temporary credentials itself; the data keys are
 * set per function in cloudbaserc.json from the deployer's (uncommitted) .env file.
 */
const FunctionEnv = z.object({
  TCB_ENV: z.string().optional(),
  DATA_ENCRYPTION_KEY: z.string().min(40, 'DATA_ENCRYPTION_KEY (32 bytes, base64) is not set'),
  DATA_HASH_KEY: z.string().min(20, 'DATA_HASH_KEY (base64) is not set'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

export type FunctionConfig = z.infer<typeof FunctionEnv>;

export function readFunctionConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  return FunctionEnv.parse(env);
}
