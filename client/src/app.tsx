import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { clientEnv } from './env';
import { installOfflineShell } from './features/offline/offline-shell';
import { installH5TabFixes } from './features/tab-pages/h5-tab-fixes';
import { appOutbox } from './features/outbox/app-outbox';
import { appPrivacyGate } from './features/privacy/app-privacy-gate';
import { resumePlatformSession } from './features/session/platform-sign-in';
import './theme/theme.css';

// h5: pages that open offline and page loads retried and explained; before the first page loads.
installOfflineShell();
// h5: Taro's router and tab bar worked around (Back to a tab page, the tab links under the CSP).
installH5TabFixes();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (clientEnv.platform === 'weapp' && !clientEnv.weappUseHttp) {
      Taro.cloud.init({ env: clientEnv.cloudEnv || undefined, traceUser: true });
    }
    // weapp: WeChat holds privacy APIs (选照片, 扫码, 复制) until the villager agrees; our sheet asks.
    appPrivacyGate().register();
    // weapp: learn who WeChat says this is (the author of their drafts and outbox items).
    resumePlatformSession();
    // Send whatever was left in the outbox when the app was last closed.
    void appOutbox().flush({ force: true });
  });
  return children;
}

export default App;
