import {
  EXHIBIT_CATEGORIES,
  EXHIBIT_CATEGORY_LABEL,
  type ExhibitCategory,
} from '@shared/exhibits/exhibit-labels';
import { ChoiceChips } from '../../components/choice-chips/choice-chips';
import './exhibit-card/exhibit-card.css';

/** 全部 / 老照片 / 老物件 / … on one swipeable line; `withAll` false for the contribute form. */
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
    <ChoiceChips
      options={EXHIBIT_CATEGORIES}
      labels={EXHIBIT_CATEGORY_LABEL}
      selected={selected}
      onChange={onChange}
      {...(withAll ? { allLabel: '全部' } : {})}
      scroll
      testId="exhibit-categories"
    />
  );
}
