/**
 * Stand-in for `@tarojs/taro` in jest: the platform's storage, network and cloud APIs are
 * outside the project, so tests get an in-memory storage and jest.fn() request/cloud calls
 * they can script. Everything else the app uses from Taro is a no-op here.
 */
const storage = new Map<string, unknown>();

export const taroStorage = {
  /** Drops every stored value (a fresh install). */
  clear: () => storage.clear(),
  dump: () => new Map(storage),
};

const Taro = {
  getStorageSync: jest.fn((key: string): unknown => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown): void => {
    storage.set(key, value);
  }),
  removeStorageSync: jest.fn((key: string): void => {
    storage.delete(key);
  }),
  getStorageInfoSync: jest.fn(() => ({ keys: [...storage.keys()] })),
  request: jest.fn(),
  uploadFile: jest.fn(),
  cloud: { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn() },
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 16 })),
  onNetworkStatusChange: jest.fn(),
  onAppShow: jest.fn(),
  navigateTo: jest.fn(() => Promise.resolve()),
  navigateBack: jest.fn(() => Promise.resolve()),
  pageScrollTo: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  setTabBarBadge: jest.fn(() => Promise.resolve()),
  removeTabBarBadge: jest.fn(() => Promise.resolve()),
  /** The page stack, top last; tests set the route and depth a page is shown at. */
  getCurrentPages: jest.fn((): { route: string }[] => []),
  getEnv: jest.fn(() => 'WEB'),
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
};

/** The scriptable platform calls, for tests to arrange answers and inspect calls. */
export const taroMocks = {
  request: Taro.request,
  callFunction: Taro.cloud.callFunction,
  cloudUploadFile: Taro.cloud.uploadFile,
  uploadFile: Taro.uploadFile,
  getSystemInfoSync: Taro.getSystemInfoSync,
  navigateTo: Taro.navigateTo,
  setTabBarBadge: Taro.setTabBarBadge,
  removeTabBarBadge: Taro.removeTabBarBadge,
  navigateBack: Taro.navigateBack,
  switchTab: Taro.switchTab,
  getCurrentPages: Taro.getCurrentPages,
};

export const useLaunch = jest.fn();
export const useDidShow = jest.fn();
export const useDidHide = jest.fn();
export default Taro;
