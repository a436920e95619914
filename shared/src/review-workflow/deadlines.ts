import type { WorkingCalendar, LocalDate } from './working-days';
import {
  addWorkingDays,
  chinaDate,
  CHINA_WORKING_CALENDAR,
  workingDaysBetween,
} from './working-days';
import type { DeadlineRule } from './workflow-definition';

/** The due date of a stage's work, from the moments the item records (ISO instants). */
export function dueDate(
  rule: DeadlineRule,
  moments: { submittedAt: string; enteredAt: string },
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): LocalDate {
  const start = rule.from === 'submitted' ? moments.submittedAt : moments.enteredAt;
  return addWorkingDays(chinaDate(new Date(start)), rule.workingDays, cal);
}

export interface DeadlineStatus {
  dueOn: LocalDate;
  /**
   * Working days left, counting the due day; 0 = due today; negative = that many working days late
   * (at least -1 once the due day has passed, also on the weekend right after it).
   */
  daysLeft: number;
  overdue: boolean;
}

/** Where a due date stands at `now` (from the Clock port), in China's local days. */
export function deadlineStatus(
  dueOn: LocalDate,
  now: Date,
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): DeadlineStatus {
  const today = chinaDate(now);
  const overdue = today > dueOn;
  const between = workingDaysBetween(today, dueOn, cal);
  return { dueOn, daysLeft: overdue ? Math.min(-1, between) : between, overdue };
}
