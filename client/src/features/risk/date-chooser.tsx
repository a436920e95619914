import { Text, View } from '@tarojs/components';
import { addDays, addMonths, chinaToday } from './risk-dates';

/**
 * 什么时候发生的: 今天 / 昨天 / 前天 with one tap, or any earlier day with big 年 / 月 / 日
 * steppers. Never later than today.
 */
export function DateChooser({
  value,
  onChange,
  today = chinaToday(),
}: {
  value: string;
  onChange: (date: string) => void;
  today?: string;
}) {
  const quick = [
    { label: '今天', date: today, testId: 'risk-date-today' },
    { label: '昨天', date: addDays(today, -1), testId: 'risk-date-yesterday' },
    { label: '前天', date: addDays(today, -2), testId: 'risk-date-before-yesterday' },
  ];
  const base = value || today;
  const set = (date: string) => onChange(date > today ? today : date);
  const [y, m, d] = base.split('-').map(Number) as [number, number, number];
  const parts = [
    { unit: '年', shown: y, minus: addMonths(base, -12), plus: addMonths(base, 12), id: 'year' },
    { unit: '月', shown: m, minus: addMonths(base, -1), plus: addMonths(base, 1), id: 'month' },
    { unit: '日', shown: d, minus: addDays(base, -1), plus: addDays(base, 1), id: 'day' },
  ];
  const quickLabel = quick.find((q) => q.date === value)?.label;
  return (
    <View data-testid="risk-date">
      <View className="psv-risk-row-choices">
        {quick.map((q) => (
          <View
            key={q.testId}
            className={`psv-button psv-risk-answer${value === q.date ? ' psv-button--primary' : ''}`}
            data-testid={q.testId}
            onClick={() => set(q.date)}
          >
            <Text>{q.label}</Text>
          </View>
        ))}
      </View>
      <View className="psv-text-secondary">更早的日子，按 － 或 ＋ 改年、月、日：</View>
      {parts.map((part) => (
        <View key={part.id} className="psv-risk-stepper">
          <Text className="psv-risk-stepper__label">
            {value ? part.shown : '—'} {part.unit}
          </Text>
          <View className="psv-risk-stepper__controls">
            <View
              className="psv-button psv-risk-stepper__button"
              data-testid={`risk-date-${part.id}-minus`}
              aria-label={`${part.unit}减一`}
              onClick={() => set(value ? part.minus : today)}
            >
              <Text>－</Text>
            </View>
            <View
              className={`psv-button psv-risk-stepper__button${value && part.plus > today ? ' psv-risk-stepper__button--off' : ''}`}
              data-testid={`risk-date-${part.id}-plus`}
              aria-label={`${part.unit}加一`}
              onClick={() => set(value ? part.plus : today)}
            >
              <Text>＋</Text>
            </View>
          </View>
        </View>
      ))}
      {value && (
        <View className="psv-risk-chosen" data-testid="risk-date-value" data-date={value}>
          <Text>
            您选的是：{y}年{m}月{d}日{quickLabel ? `（${quickLabel}）` : ''}
          </Text>
        </View>
      )}
    </View>
  );
}
