import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { themeClassName } from '../../features/elderly-mode/elderly-mode-setting';
import { useElderlyMode } from '../../features/elderly-mode/use-elderly-mode';

/** Every page's root: applies the theme and, when on, elderly mode (theme/theme.css). */
export function PageShell({ title, children }: { title?: string; children: ReactNode }) {
  const { elderly } = useElderlyMode();
  return (
    <View className={themeClassName(elderly)} data-elderly={elderly ? 'on' : 'off'}>
      {title && <View className="psv-title">{title}</View>}
      {children}
    </View>
  );
}
