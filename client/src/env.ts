/**
 * Runtime configuration of the client, in one place. Values come from build-time constants
 * (config/index.ts → defineConstants) and Taro's platform switch; tests run without them and
 * get the h5 defaults.
 */
export type Platform = 'weapp' | 'h5';

export interface ClientEnv {
  platform: Platform;
  /** Gateway origin for HTTP calls; '' means the page's own origin. */
  apiBase: string;
  /** CloudBase environment id for `Taro.cloud.init` (weapp). */
  cloudEnv: string;
  /** Show the persona picker (local gateway only). */
  devLogin: boolean;
  /** weapp build that talks to the local gateway over HTTP (device debugging). */
  weappUseHttp: boolean;
}

function constant<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    // ReferenceError: the constant is not defined (jest, tooling).
    return fallback;
  }
}

export function readClientEnv(): ClientEnv {
  const platform: Platform = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5';
  return {
    platform,
    apiBase: constant(() => PSV_API_BASE, ''),
    cloudEnv: constant(() => PSV_CLOUD_ENV, ''),
    devLogin: platform === 'h5' && constant(() => PSV_DEV_LOGIN, true),
    weappUseHttp: constant(() => PSV_WEAPP_USE_HTTP, false),
  };
}

export const clientEnv: ClientEnv = readClientEnv();
