import { Image, Swiper, SwiperItem, View } from '@tarojs/components';
import { exhibitImageUrl } from './exhibit-image-url';

/** The photos, swiped left and right. */
export function ExhibitGallery({ images }: { images: readonly { fileId: string; url: string }[] }) {
  if (images.length === 0) return <View className="psv-exhibit-gallery" />;
  return (
    <Swiper
      className="psv-exhibit-gallery"
      data-testid="exhibit-gallery"
      indicatorDots={images.length > 1}
      circular={images.length > 1}
    >
      {images.map((image) => (
        <SwiperItem key={image.fileId}>
          <Image
            className="psv-exhibit-gallery__image"
            src={exhibitImageUrl(image.url)}
            mode="aspectFit"
          />
        </SwiperItem>
      ))}
    </Swiper>
  );
}
