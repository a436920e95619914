import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** Shown while data loads. */
export function LoadingState({ text = '正在加载，请稍等…' }: { text?: string }) {
  return (
    <View className="psv-state" role="status" aria-busy="true">
      <Text className="psv-state__title">{text}</Text>
    </View>
  );
}

/** Shown when there is nothing to list yet. */
export function EmptyState({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  /** An action that leads on, e.g. a button to the form that fills this list. */
  children?: ReactNode;
}) {
  return (
    <View className="psv-state">
      <View className="psv-state__title">{title}</View>
      {hint && <View className="psv-text-secondary">{hint}</View>}
      {children}
    </View>
  );
}

/** Shown when loading failed; offers to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="psv-state" role="alert">
      <View className="psv-state__title">没有加载出来</View>
      <View className="psv-text-secondary">{message}</View>
      {onRetry && (
        <View className="psv-button" onClick={onRetry}>
          <Text>再试一次</Text>
        </View>
      )}
    </View>
  );
}
