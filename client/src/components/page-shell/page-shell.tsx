import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { themeClassName } from '../../features/elderly-mode/elderly-mode-setting';
import { useElderlyMode } from '../../features/elderly-mode/use-elderly-mode';
import { PrivacySheet } from '../../features/privacy/privacy-sheet/privacy-sheet';

/**
 * Every page's root: applies the theme and, when on, elderly mode (theme/theme.css), and holds
 * WeChat's privacy sheet, which opens on whichever page a privacy API is called from.
 */
export function PageShell({
  title,
  privacySheet = true,
  children,
}: {
  title?: string;
  /** false on the 隐私政策 page, which answers inline. */
  privacySheet?: boolean;
  children: ReactNode;
}) {
  const { elderly } = useElderlyMode();
  return (
    <View className={themeClassName(elderly)} data-elderly={elderly ? 'on' : 'off'}>
      {title && <View className="psv-title">{title}</View>}
      {children}
      {privacySheet && <PrivacySheet />}
    </View>
  );
}
