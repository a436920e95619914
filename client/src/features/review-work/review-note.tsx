import { AreaField } from './form-fields';

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
    <AreaField
      label="意见（退回时写还需要补充什么，不通过时写原因）"
      name={name}
      value={value}
      maxlength={300}
      placeholder={placeholder}
      error={error}
      onChange={onChange}
    />
  );
}
