import { ScrollView, Text, View } from '@tarojs/components';
import {
  EXHIBIT_CATEGORIES,
  EXHIBIT_CATEGORY_LABEL,
  type ExhibitCategory,
} from '@shared/exhibits/exhibit-labels';
import './exhibit-card/exhibit-card.css';

/** 全部 / 老照片 / 老物件 / …; `withAll` false for the contribute form. */
export function ExhibitCategoryTabs({
  selected,
  onChange,
  withAll = true,
}: {
  selected: ExhibitCategory | null;
  onChange: (category: ExhibitCategory | null) => void;
  withAll?: boolean;
}) {
  return (
    <View data-testid="exhibit-categories">
      <ScrollView scrollX enhanced showScrollbar={false} className="psv-choice-scroll">
        {withAll && (
          <View
            className={`psv-choice${selected === null ? ' psv-choice--active' : ''}`}
            data-category="all"
            onClick={() => onChange(null)}
          >
            <Text>全部</Text>
          </View>
        )}
        {EXHIBIT_CATEGORIES.map((category) => (
          <View
            key={category}
            className={`psv-choice${selected === category ? ' psv-choice--active' : ''}`}
            data-category={category}
            onClick={() => onChange(category)}
          >
            <Text>{EXHIBIT_CATEGORY_LABEL[category]}</Text>
          </View>
        ))}
      </ScrollView>
    </View>
  );
}
