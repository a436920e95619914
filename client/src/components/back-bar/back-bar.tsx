import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { clientEnv } from '../../env';
import { backTarget } from './back-target';
import { goBack, goHome } from './go-back';

/** h5 only: a large 返回 (or 回首页) control at the top of a sub-page. */
export function BackBar() {
  const pages = Taro.getCurrentPages();
  const target = backTarget(clientEnv.platform, pages[pages.length - 1]?.route, pages.length);
  if (target === null) return null;
  return (
    <View
      className="psv-back-bar"
      data-testid="back-bar"
      data-target={target}
      role="button"
      onClick={() => (target === 'back' ? goBack() : goHome())}
    >
      <Text>{target === 'back' ? '‹ 返回' : '‹ 回首页'}</Text>
    </View>
  );
}
