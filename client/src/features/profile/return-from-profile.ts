import Taro from '@tarojs/taro';

/** Back to the page that opened 完善资料; to 我的 when it was opened on its own (a link). */
export function returnFromProfile(): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/me/index' }));
  } else {
    void Taro.switchTab({ url: '/pages/me/index' });
  }
}
