/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** Build-time constants injected by config/index.ts (defineConstants). */
declare const PSV_API_BASE: string;
declare const PSV_CLOUD_ENV: string;
declare const PSV_DEV_LOGIN: boolean;
declare const PSV_WEAPP_USE_HTTP: boolean;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'quickapp' | 'qq' | 'jd';
  }
}
