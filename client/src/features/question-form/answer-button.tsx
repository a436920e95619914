import { View } from '@tarojs/components';

/** A big answer button of a one-question-per-screen form; `on` marks the chosen one. */
export function AnswerButton({
  on,
  testId,
  onPress,
  children,
}: {
  on: boolean;
  testId: string;
  onPress: () => void;
  children: React.ReactNode;
}) {
  return (
    <View
      className={`psv-button psv-risk-answer${on ? ' psv-button--primary' : ''}`}
      data-testid={testId}
      data-selected={on ? 'yes' : 'no'}
      onClick={onPress}
    >
      {children}
    </View>
  );
}
