import { Switch, Text, View } from '@tarojs/components';
import { COURSE_CATEGORIES, COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import type { CourseFilter } from './use-course-list';

/** Category chips and the 只看正在报名的 toggle. */
export function CourseFilters({
  filter,
  onChange,
}: {
  filter: CourseFilter;
  onChange: (next: CourseFilter) => void;
}) {
  return (
    <View className="psv-card" data-testid="course-filters">
      <View className="psv-choice-group">
        <View
          className={`psv-choice${filter.category === null ? ' psv-choice--active' : ''}`}
          data-category="all"
          onClick={() => onChange({ ...filter, category: null })}
        >
          <Text>全部</Text>
        </View>
        {COURSE_CATEGORIES.map((c) => (
          <View
            key={c}
            className={`psv-choice${filter.category === c ? ' psv-choice--active' : ''}`}
            data-category={c}
            onClick={() => onChange({ ...filter, category: c })}
          >
            <Text>{COURSE_CATEGORY_LABEL[c]}</Text>
          </View>
        ))}
      </View>
      <View className="psv-row" data-testid="only-open">
        <Text>只看正在报名的</Text>
        <Switch
          checked={filter.onlyOpen}
          color="#1f7a3a"
          onChange={(event) => onChange({ ...filter, onlyOpen: event.detail.value })}
        />
      </View>
    </View>
  );
}
