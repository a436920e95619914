import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { useElderlyMode } from '../features/elderly-mode/use-elderly-mode';
import {
  badgeText,
  ME_TAB_INDEX,
  onUnreadCountChange,
  unreadCountFor,
} from '../features/messages/unread-badge';
import { useSession } from '../features/session/use-session';
import { TAB_ITEMS, tabIndexOf } from './tab-items';
import './custom-tab-bar.css';

function currentTab(): number {
  const pages = Taro.getCurrentPages();
  return tabIndexOf(pages[pages.length - 1]?.route);
}

/**
 * The weapp's tab bar (app.config.ts: `tabBar.custom` on weapp; h5 keeps Taro's, styled in
 * theme.css): WeChat's own cannot make its labels bigger, this one follows 长辈模式. WeChat makes
 * one per tab page, so the tab it marks is the page it belongs to. With a custom tab bar
 * setTabBarBadge does nothing, so the 我的 unread count is drawn here.
 */
export default function CustomTabBar() {
  const { elderly } = useElderlyMode();
  const { session } = useSession();
  const userId = session?.userId ?? null;
  const [selected, setSelected] = useState(currentTab);
  const [unread, setUnread] = useState(() => unreadCountFor(userId));
  useEffect(() => setSelected(currentTab()), []);
  useEffect(() => {
    setUnread(unreadCountFor(userId));
    return onUnreadCountChange(setUnread);
  }, [userId]);
  return (
    <View className={`psv-tab-bar${elderly ? ' psv-tab-bar--elderly' : ''}`}>
      {TAB_ITEMS.map((tab, index) => {
        const on = index === selected;
        const badge = index === ME_TAB_INDEX && userId ? badgeText(unread) : null;
        return (
          <View
            key={tab.pagePath}
            className={`psv-tab-bar__item${on ? ' psv-tab-bar__item--on' : ''}`}
            data-tab={tab.pagePath}
            onClick={() => {
              if (!on) void Taro.switchTab({ url: `/${tab.pagePath}` });
            }}
          >
            <Image
              className="psv-tab-bar__icon"
              src={`/assets/tabbar/${tab.icon}${on ? '-active' : ''}.png`}
            />
            <Text className="psv-tab-bar__label">{tab.text}</Text>
            {badge && <Text className="psv-tab-bar__badge">{badge}</Text>}
          </View>
        );
      })}
    </View>
  );
}
