/**
 * Build-time configuration, read from the environment in this one place.
 * - PSV_API_BASE: origin of the local gateway for h5 builds ('' = same origin, the default).
 * - PSV_CLOUD_ENV: CloudBase environment id for weapp builds.
 * - PSV_DEV_LOGIN: '0' hides the persona picker in h5 builds (it is always hidden in weapp).
 * - PSV_WEAPP_USE_HTTP: '1' makes a weapp build call the gateway over HTTP instead of the cloud.
 */
export const buildEnv = {
  /** Set by `taro build --type <platform>`. */
  platform: process.env.TARO_ENV ?? 'weapp',
  apiBase: process.env.PSV_API_BASE ?? '',
  cloudEnv: process.env.PSV_CLOUD_ENV ?? '',
  devLogin: process.env.PSV_DEV_LOGIN !== '0',
  weappUseHttp: process.env.PSV_WEAPP_USE_HTTP === '1',
  isProduction: process.env.NODE_ENV === 'production',
};
