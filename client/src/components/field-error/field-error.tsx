import { View } from '@tarojs/components';

/** A field's red sentence under it, when there is one (every form uses this one). */
export function FieldError({
  message,
  testId,
}: {
  message: string | undefined;
  /** For e2e: which form's errors (e.g. `course-field-error`). */
  testId?: string;
}) {
  return message ? (
    <View className="psv-field__error" role="alert" data-testid={testId}>
      {message}
    </View>
  ) : null;
}
