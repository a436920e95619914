import { View } from '@tarojs/components';
import { WAITING_FOR_NETWORK, type HeldPhotoState } from './use-held-photo-uploads';

/** One plain line under the photos: how many wait for the network (they go up by themselves). */
export function HeldPhotosNote({ states }: { states: readonly (HeldPhotoState | null)[] }) {
  const waiting = states.filter((s) => s?.phase === 'waiting').length;
  if (waiting === 0) return null;
  return (
    <View className="psv-text-secondary" role="status" data-testid="photos-waiting">
      {waiting} 张照片已存在手机上，{WAITING_FOR_NETWORK}。
    </View>
  );
}
