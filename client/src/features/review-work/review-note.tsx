import { Text, Textarea, View } from '@tarojs/components';

/** A field's red sentence under it, when there is one. */
export function FieldError({ message }: { message: string | undefined }) {
  return message ? <View className="psv-field__error">{message}</View> : null;
}

/** The reviewer's 意见 of a review panel: what to add when returning, the reason when rejecting. */
export function ReviewNoteField({
  name,
  value,
  placeholder,
  error,
  onChange,
}: {
  name: string;
  value: string;
  placeholder: string;
  error: string | undefined;
  onChange: (note: string) => void;
}) {
  return (
    <View className="psv-field">
      <Text className="psv-field__label">意见（退回时写还需要补充什么，不通过时写原因）</Text>
      <Textarea
        className="psv-textarea"
        name={name}
        value={value}
        maxlength={300}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError message={error} />
    </View>
  );
}
