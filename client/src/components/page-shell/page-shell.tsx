import { useEffect, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { markDocumentElderly } from '../../features/elderly-mode/elderly-document-class';
import { dismissFirstScreen } from '../../features/first-screen/dismiss-first-screen';
import { themeClassName } from '../../features/elderly-mode/elderly-mode-setting';
import { useElderlyMode } from '../../features/elderly-mode/use-elderly-mode';
import { PrivacySheet } from '../../features/privacy/privacy-sheet/privacy-sheet';
import { BackBar } from '../back-bar/back-bar';

/**
 * Every page's root: applies the theme and, when on, elderly mode (theme/theme.css), and holds
 * WeChat's privacy sheet, which opens on whichever page a privacy API is called from. On h5 a
 * sub-page gets a 返回 control at the top (weapp has its own in the navigation bar).
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
  // h5: the first page on screen takes over from index.html's static first screen.
  useEffect(dismissFirstScreen, []);
  useEffect(() => markDocumentElderly(elderly), [elderly]);
  return (
    <View className={themeClassName(elderly)} data-elderly={elderly ? 'on' : 'off'}>
      <BackBar />
      {title && <View className="psv-title">{title}</View>}
      {children}
      {privacySheet && <PrivacySheet />}
    </View>
  );
}
