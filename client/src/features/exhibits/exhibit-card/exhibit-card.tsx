import { Image, Text, View } from '@tarojs/components';
import { EXHIBIT_CATEGORY_LABEL } from '@shared/exhibits/exhibit-labels';
import type { ExhibitCardView } from '../exhibits-api';
import { clientEnv } from '../../../env';
import { exhibitImageUrl } from '../exhibit-image-url';
import './exhibit-card.css';

/**
 * weapp's lazyLoad starts a picture about three screens ahead. Taro's h5 lazyLoad watches the
 * window while pages scroll inside their own box, so a picture started only once on screen:
 * on h5 the browser's own lazy loading (which looks ahead in any scroller) decodes off-thread.
 */
const LAZY_IMAGE =
  clientEnv.platform === 'weapp'
    ? { lazyLoad: true }
    : { nativeProps: { loading: 'lazy', decoding: 'async' } };

/** An image-first card for the two-column grid. */
export function ExhibitCard({
  exhibit,
  onOpen,
}: {
  exhibit: ExhibitCardView;
  onOpen: (exhibitId: string) => void;
}) {
  return (
    <View
      className="psv-exhibit-card"
      data-testid="exhibit-card"
      data-exhibit-id={exhibit.exhibitId}
      onClick={() => onOpen(exhibit.exhibitId)}
    >
      {exhibit.coverUrl ? (
        <Image
          className="psv-exhibit-card__image"
          src={exhibitImageUrl(exhibit.coverUrl)}
          mode="aspectFill"
          {...LAZY_IMAGE}
        />
      ) : (
        <View className="psv-exhibit-card__image" />
      )}
      <View className="psv-exhibit-card__body">
        <Text className="psv-exhibit-card__title">{exhibit.title}</Text>
        <Text className="psv-text-secondary">
          {EXHIBIT_CATEGORY_LABEL[exhibit.category]}
          {exhibit.era ? ` · ${exhibit.era}` : ''}
        </Text>
        <View className="psv-text-secondary">
          {exhibit.villageName ?? ''} 看过 {exhibit.views} · 赞 {exhibit.likes}
        </View>
      </View>
    </View>
  );
}
