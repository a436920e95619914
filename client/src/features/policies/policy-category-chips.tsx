import {
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABEL,
  type PolicyCategory,
} from '@shared/policies/policy-labels';
import { ChoiceChips } from '../../components/choice-chips/choice-chips';

/** 全部 / 教育 / 医疗 / …: one chip per category. */
export function PolicyCategoryChips({
  selected,
  onChange,
}: {
  selected: PolicyCategory | null;
  onChange: (category: PolicyCategory | null) => void;
}) {
  return (
    <ChoiceChips
      options={POLICY_CATEGORIES}
      labels={POLICY_CATEGORY_LABEL}
      selected={selected}
      onChange={onChange}
      allLabel="全部"
      testId="policy-categories"
    />
  );
}
