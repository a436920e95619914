import type { ReactNode } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { PhotoPicker } from '../exhibits/photo-picker';
import { HeldPhotosNote } from '../images/held-photos-note';
import type { useVisitPhotos } from '../risk-work/use-visit-photos';
import '../exhibits/exhibit-card/exhibit-card.css';

import { FieldError } from '../../components/field-error/field-error';

export { FieldError };

interface FieldProps {
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  placeholder?: string;
  maxlength: number;
}

/** A labelled one-line field with its error (`type="number"` for whole 元). */
export function TextField({
  label,
  name,
  value,
  onChange,
  error,
  placeholder,
  maxlength,
  type = 'text',
}: FieldProps & { type?: 'text' | 'number' }) {
  return (
    <View className="psv-field">
      <Text className="psv-field__label">{label}</Text>
      <Input
        className="psv-input"
        name={name}
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError message={error} />
    </View>
  );
}

/** A labelled several-line field with its error. */
export function AreaField({
  label,
  name,
  value,
  onChange,
  error,
  placeholder,
  maxlength,
}: FieldProps) {
  return (
    <View className="psv-field">
      <Text className="psv-field__label">{label}</Text>
      <Textarea
        className="psv-textarea"
        name={name}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError message={error} />
    </View>
  );
}

/** A reviewer's photos (入户核实, 查勘) with 添加照片 and the uploads under way. */
export function PhotosField({
  label,
  photos,
  problem,
}: {
  label: string;
  photos: ReturnType<typeof useVisitPhotos>;
  /** Said when a decision was tapped before the photos were up. */
  problem?: string | null;
}) {
  return (
    <View className="psv-field">
      <Text className="psv-field__label">{label}</Text>
      <PhotoPicker
        photos={photos.photos}
        uploads={photos.uploads}
        room={photos.room}
        onPick={() => void photos.pick()}
        onRemove={photos.remove}
        onDismiss={photos.dismiss}
        stateOf={photos.stateOf}
      />
      <HeldPhotosNote states={photos.photos.map((p) => photos.stateOf(p.fileId))} />
      {problem && photos.notSent && (
        <View className="psv-field__error" role="alert" data-testid="photos-not-sent">
          {problem}
        </View>
      )}
    </View>
  );
}
