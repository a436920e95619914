import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { goBack, goHome } from '../back-bar/go-back';

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

/**
 * Shown when loading failed; offers to try again. When what the page shows does not exist
 * (`code` NOT_FOUND: a wrong or old link), it also offers the way out: 返回 and 回首页.
 */
export function ErrorState({
  message,
  onRetry,
  code,
}: {
  message: string;
  onRetry?: () => void;
  code?: string;
}) {
  return (
    <View className="psv-state" role="alert">
      <View className="psv-state__title">没有加载出来</View>
      <View className="psv-text-secondary">{message}</View>
      {onRetry && (
        <View className="psv-button" onClick={onRetry}>
          <Text>再试一次</Text>
        </View>
      )}
      {code === 'NOT_FOUND' && (
        <>
          <View className="psv-button" data-testid="error-back" onClick={goBack}>
            <Text>返回</Text>
          </View>
          <View className="psv-button" data-testid="error-home" onClick={goHome}>
            <Text>回首页</Text>
          </View>
        </>
      )}
    </View>
  );
}
