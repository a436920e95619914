import { Image, Text, View } from '@tarojs/components';
import { exhibitImageUrl } from './exhibit-image-url';
import type { PhotoUpload } from '../images/use-photo-uploads';

const PHASE_TEXT = { compressing: '正在压缩', uploading: '正在上传' } as const;

/** The photos of a contribution: uploaded thumbnails, uploads in progress, and 添加照片. */
export function PhotoPicker({
  photos,
  uploads,
  room,
  onPick,
  onRemove,
  onDismiss,
}: {
  photos: readonly { fileId: string; url: string }[];
  uploads: readonly PhotoUpload[];
  room: number;
  onPick: () => void;
  onRemove: (fileId: string) => void;
  onDismiss: (localId: string) => void;
}) {
  return (
    <View className="psv-exhibit-thumbs" data-testid="photo-picker">
      {photos.map((photo) => (
        <View key={photo.fileId} className="psv-exhibit-thumb" data-testid="photo-uploaded">
          <Image
            className="psv-exhibit-thumb__image"
            src={exhibitImageUrl(photo.url)}
            mode="aspectFill"
          />
          <View className="psv-exhibit-thumb__remove" onClick={() => onRemove(photo.fileId)}>
            <Text>删除</Text>
          </View>
        </View>
      ))}
      {uploads.map((upload) => (
        <View
          key={upload.localId}
          className="psv-exhibit-thumb"
          data-testid="photo-upload"
          data-phase={upload.phase}
        >
          <View className="psv-exhibit-thumb__image psv-exhibit-thumb__progress">
            <View className="psv-exhibit-thumb__bar" style={{ width: `${upload.percent}%` }} />
          </View>
          {upload.phase === 'error' ? (
            <View className="psv-field__error" onClick={() => onDismiss(upload.localId)}>
              {upload.message}（点此关闭）
            </View>
          ) : (
            <Text className="psv-text-secondary">
              {PHASE_TEXT[upload.phase]} {upload.percent}%
            </Text>
          )}
        </View>
      ))}
      {room > 0 && (
        <View
          className="psv-exhibit-thumb psv-exhibit-thumb--add"
          data-testid="photo-add"
          onClick={onPick}
        >
          <View className="psv-exhibit-thumb__image psv-exhibit-thumb__plus">
            <Text>＋</Text>
          </View>
          <Text className="psv-text-secondary">添加照片</Text>
        </View>
      )}
    </View>
  );
}
