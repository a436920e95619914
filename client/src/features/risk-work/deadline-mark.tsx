import { Text, View } from '@tarojs/components';
import type { DeadlineView } from './risk-work-api';
import { daysLeftText, localDateText } from './risk-work-labels';

/** A due date with its working days left, and a red 已超期 when late. */
export function DeadlineMark({
  deadline,
  label = '期限',
}: {
  deadline: DeadlineView;
  label?: string;
}) {
  return (
    <View
      className="psv-risk-deadline"
      data-testid="deadline"
      data-due-on={deadline.dueOn}
      data-overdue={deadline.overdue ? 'yes' : 'no'}
      data-days-left={deadline.daysLeft}
    >
      <Text>
        {label}：{localDateText(deadline.dueOn)}前
      </Text>
      {deadline.overdue ? (
        <Text className="psv-risk-overdue" data-testid="overdue-mark">
          {daysLeftText(deadline)}
        </Text>
      ) : (
        <Text
          className={deadline.daysLeft <= 1 ? 'psv-risk-days--soon' : 'psv-text-secondary'}
          data-testid="days-left"
        >
          {daysLeftText(deadline)}
        </Text>
      )}
    </View>
  );
}
