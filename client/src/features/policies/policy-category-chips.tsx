import { Text, View } from '@tarojs/components';
import {
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABEL,
  type PolicyCategory,
} from '@shared/policies/policy-labels';

/** 全部 / 教育 / 医疗 / …: one chip per category. */
export function PolicyCategoryChips({
  selected,
  onChange,
}: {
  selected: PolicyCategory | null;
  onChange: (category: PolicyCategory | null) => void;
}) {
  return (
    <View className="psv-choice-group" data-testid="policy-categories">
      <View
        className={`psv-choice${selected === null ? ' psv-choice--active' : ''}`}
        data-category="all"
        onClick={() => onChange(null)}
      >
        <Text>全部</Text>
      </View>
      {POLICY_CATEGORIES.map((category) => (
        <View
          key={category}
          className={`psv-choice${selected === category ? ' psv-choice--active' : ''}`}
          data-category={category}
          onClick={() => onChange(category)}
        >
          <Text>{POLICY_CATEGORY_LABEL[category]}</Text>
        </View>
      ))}
    </View>
  );
}
