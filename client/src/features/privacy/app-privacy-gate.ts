import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';
import { createPrivacyGate, type PrivacyApi, type PrivacyGate } from './privacy-gate';

/** WeChat's privacy APIs on weapp; none on h5 (the browser has no privacy guide). */
function platformPrivacyApi(): PrivacyApi | null {
  if (clientEnv.platform !== 'weapp') return null;
  return {
    onNeedPrivacyAuthorization: (listener) => Taro.onNeedPrivacyAuthorization(listener),
    getPrivacySetting: (option) => Taro.getPrivacySetting(option),
    requirePrivacyAuthorize: (option) => Taro.requirePrivacyAuthorize(option),
    openPrivacyContract: (option) => Taro.openPrivacyContract(option),
  };
}

let gate: PrivacyGate | null = null;

/** The app's one privacy gate (app.tsx registers it at launch; every page's sheet reads it). */
export function appPrivacyGate(): PrivacyGate {
  gate ??= createPrivacyGate(platformPrivacyApi());
  return gate;
}
