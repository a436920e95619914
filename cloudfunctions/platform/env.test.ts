import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readFunctionConfig, readSpeechConfig } from './env';
import { retryBudgetMs } from './runtime/transaction-retry';

const Rc = z.object({
  functions: z.array(
    z.object({
      name: z.string(),
      timeout: z.number(),
      envVariables: z.record(z.string(), z.string()),
    }),
  ),
});
const rc = Rc.parse(JSON.parse(readFileSync(join(__dirname, '../../cloudbaserc.json'), 'utf8')));

const baseEnv = {
  TCB_ENV: 'env-1',
  DATA_ENCRYPTION_KEY: 'k'.repeat(44),
  DATA_HASH_KEY: 'h'.repeat(44),
};

test.each(rc.functions.map((f) => [f.name, f] as const))(
  '%s is told its own timeout, and its transaction retries stop before it',
  (_name, f) => {
    expect(f.envVariables.FUNCTION_TIMEOUT_SECONDS).toBe(String(f.timeout));
    // A key the deployer's .env leaves unset is deployed empty.
    const deployed = Object.fromEntries(
      Object.entries(f.envVariables).map(([k, v]) => [k, /^\{\{env\.\w+\}\}$/.test(v) ? '' : v]),
    );
    const config = readFunctionConfig({ ...deployed, ...baseEnv });
    expect(config.functionTimeoutMs).toBe(f.timeout * 1000);
    expect(retryBudgetMs(config.functionTimeoutMs)).toBeLessThanOrEqual(f.timeout * 1000 - 2000);
  },
);

test("a function deployed without the variable assumes CloudBase's default of 3 s", () => {
  expect(readFunctionConfig(baseEnv).functionTimeoutMs).toBe(3000);
});

test("the function role's temporary keys are read from the environment on every request, not once", () => {
  const env: NodeJS.ProcessEnv = {
    TENCENTCLOUD_SECRETID: 'AKIDfirst',
    TENCENTCLOUD_SECRETKEY: 'first-key',
    TENCENTCLOUD_SESSIONTOKEN: 'token-1',
  };
  const speech = readSpeechConfig(env);
  expect(speech?.credentials()).toEqual({
    secretId: 'AKIDfirst',
    secretKey: 'first-key',
    sessionToken: 'token-1',
  });
  // SCF renews them in the same warm instance.
  env.TENCENTCLOUD_SECRETID = 'AKIDsecond';
  env.TENCENTCLOUD_SECRETKEY = 'second-key';
  env.TENCENTCLOUD_SESSIONTOKEN = 'token-2';
  expect(speech?.credentials()).toEqual({
    secretId: 'AKIDsecond',
    secretKey: 'second-key',
    sessionToken: 'token-2',
  });
  delete env.TENCENTCLOUD_SECRETKEY;
  expect(speech?.credentials()).toBeNull();
  expect(readSpeechConfig({})).toBeNull();
});
