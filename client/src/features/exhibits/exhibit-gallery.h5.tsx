import { Image, Text, View } from '@tarojs/components';
import { exhibitImageUrl } from './exhibit-image-url';
import './exhibit-gallery-h5.css';

/**
 * h5's gallery: the photos side by side in a strip that snaps one photo at a time when swiped.
 * Taro's <Swiper> on h5 brings swiper.js (~45 KB compressed), and Taro's component library
 * imports it for every page that uses any component, the home page included; the weapp build
 * keeps the native swiper (exhibit-gallery.tsx).
 */
export function ExhibitGallery({ images }: { images: readonly { fileId: string; url: string }[] }) {
  if (images.length === 0) return <View className="psv-exhibit-gallery" />;
  return (
    <View>
      <View
        className="psv-exhibit-gallery psv-exhibit-gallery--strip"
        data-testid="exhibit-gallery"
      >
        {images.map((image) => (
          <View key={image.fileId} className="psv-exhibit-gallery__slide">
            <Image
              className="psv-exhibit-gallery__image"
              src={exhibitImageUrl(image.url)}
              mode="aspectFit"
            />
          </View>
        ))}
      </View>
      {images.length > 1 && (
        <Text className="psv-text-secondary">共 {images.length} 张照片，左右滑动看下一张</Text>
      )}
    </View>
  );
}
