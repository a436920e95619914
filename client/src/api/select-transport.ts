import type { ClientEnv } from '../env';
import { createCloudTransport } from './cloud-transport';
import { createHttpTransport } from './http-transport';
import type { Transport } from './transport';

/** weapp talks to CloudBase; h5 (and a weapp built for device debugging) to the gateway. */
export function selectTransport(env: ClientEnv, getToken: () => string | null): Transport {
  if (env.platform === 'weapp' && !env.weappUseHttp) return createCloudTransport();
  return createHttpTransport({ apiBase: env.apiBase, getToken });
}
