import Taro from '@tarojs/taro';
import { HOME_PAGE } from './back-target';

/** Back one page; home when there is no page to go back to. */
export function goBack(): void {
  const depth = Taro.getCurrentPages().length;
  if (depth > 1) void Taro.navigateBack().catch(() => goHome());
  else goHome();
}

export function goHome(): void {
  void Taro.switchTab({ url: HOME_PAGE });
}
