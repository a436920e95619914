import { Image, Text, View } from '@tarojs/components';
import { exhibitImageUrl } from './exhibit-image-url';
import { heldIdOf } from '../images/held-photo';
import { HeldPhotoImage } from '../images/held-photo-image';
import type { HeldPhotoState, PhotoUpload } from '../images/use-held-photo-uploads';

const PHASE_TEXT = { compressing: '正在处理', uploading: '正在上传' } as const;

/** The photos of a contribution: uploaded thumbnails, uploads in progress, and 添加照片. */
export function PhotoPicker({
  photos,
  uploads,
  room,
  onPick,
  onRemove,
  onDismiss,
  stateOf,
}: {
  photos: readonly { fileId: string; url: string }[];
  /** Forms that keep photos on the phone: where each held photo stands. */
  stateOf?: (fileId: string) => HeldPhotoState | null;
  uploads: readonly PhotoUpload[];
  room: number;
  onPick: () => void;
  onRemove: (fileId: string) => void;
  onDismiss: (localId: string) => void;
}) {
  return (
    <View className="psv-exhibit-thumbs" data-testid="photo-picker">
      {photos.map((photo) => {
        const held = heldIdOf(photo.fileId) !== null;
        const state = held ? (stateOf?.(photo.fileId) ?? null) : null;
        return (
          <View
            key={photo.fileId}
            className="psv-exhibit-thumb"
            data-testid={held ? 'photo-held' : 'photo-uploaded'}
            data-phase={state?.phase}
          >
            {held ? (
              <View className="psv-exhibit-thumb__progress">
                <HeldPhotoImage fileId={photo.fileId} className="psv-exhibit-thumb__image" />
                {state?.phase === 'uploading' && (
                  <View className="psv-exhibit-thumb__bar" style={{ width: `${state.percent}%` }} />
                )}
              </View>
            ) : (
              <Image
                className="psv-exhibit-thumb__image"
                src={exhibitImageUrl(photo.url)}
                mode="aspectFill"
              />
            )}
            {state && (
              <Text
                className={state.phase === 'error' ? 'psv-field__error' : 'psv-text-secondary'}
                data-testid="photo-held-state"
              >
                {state.phase === 'uploading'
                  ? `正在上传 ${state.percent}%`
                  : state.phase === 'error'
                    ? state.message
                    : '等网络'}
              </Text>
            )}
            <View className="psv-exhibit-thumb__remove" onClick={() => onRemove(photo.fileId)}>
              <Text>删除</Text>
            </View>
          </View>
        );
      })}
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
