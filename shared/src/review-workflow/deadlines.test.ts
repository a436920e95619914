import { deadlineStatus, dueDate } from './deadlines';
import type { DeadlineRule } from './workflow-definition';

const five: DeadlineRule = { from: 'entered', workingDays: 5, source: 'test' };
const fifteenFromSubmission: DeadlineRule = { from: 'submitted', workingDays: 15, source: 'test' };

describe('the due date of a step', () => {
  test('counts from the China date of the moment: 23:30 China time is that day', () => {
    // Tuesday 2026-12-01 23:30 in China.
    expect(
      dueDate(five, { submittedAt: '2026-12-01T15:30:00Z', enteredAt: '2026-12-01T15:30:00Z' }),
    ).toBe('2026-12-08');
  });

  test('00:30 China time counts from the next day even though UTC is still the day before', () => {
    expect(
      dueDate(five, { submittedAt: '2026-12-01T16:30:00Z', enteredAt: '2026-12-01T16:30:00Z' }),
    ).toBe('2026-12-09');
  });

  test('a rule from submission ignores when the stage was entered', () => {
    const moments = { submittedAt: '2026-09-29T02:00:00Z', enteredAt: '2026-10-12T02:00:00Z' };
    // 2026-09-29 + 15 working days across 国庆 (make-up 10-10): 09-30, 10-08, 10-09, 10-10, 10-12 … 10-26.
    expect(dueDate(fifteenFromSubmission, moments)).toBe('2026-10-26');
    expect(dueDate(five, moments)).toBe('2026-10-19');
  });

  test('a report on 2026-09-30 with 5 working days is due 2026-10-13', () => {
    const at = '2026-09-30T01:00:00Z';
    expect(dueDate(five, { submittedAt: at, enteredAt: at })).toBe('2026-10-13');
  });
});

describe('where a due date stands now', () => {
  const due = '2026-12-08'; // a Tuesday
  test.each<[string, number, boolean, string]>([
    ['2026-12-01T02:00:00Z', 5, false, 'a week before'],
    ['2026-12-07T02:00:00Z', 1, false, 'the day before'],
    ['2026-12-08T02:00:00Z', 0, false, 'due today is not overdue'],
    ['2026-12-08T15:30:00Z', 0, false, '23:30 China time on the due day is not overdue'],
    ['2026-12-08T16:30:00Z', -1, true, '00:30 China time the next day is overdue'],
    ['2026-12-09T02:00:00Z', -1, true, 'the next day is one day late'],
    ['2026-12-10T02:00:00Z', -2, true, 'two working days late'],
  ])('at %s: %i days left, overdue %s (%s)', (now, daysLeft, overdue) => {
    expect(deadlineStatus(due, new Date(now))).toEqual({ dueOn: due, daysLeft, overdue });
  });

  test('due on a Friday: the weekend after is already overdue, one day late', () => {
    const friday = '2026-12-04';
    expect(deadlineStatus(friday, new Date('2026-12-05T02:00:00Z'))).toEqual({
      dueOn: friday,
      daysLeft: -1,
      overdue: true,
    });
    expect(deadlineStatus(friday, new Date('2026-12-06T02:00:00Z')).daysLeft).toBe(-1);
    expect(deadlineStatus(friday, new Date('2026-12-07T02:00:00Z')).daysLeft).toBe(-1);
    expect(deadlineStatus(friday, new Date('2026-12-08T02:00:00Z')).daysLeft).toBe(-2);
  });

  test('days left skip holidays: on 2026-09-30 a step due 2026-10-13 has 5 working days left', () => {
    expect(deadlineStatus('2026-10-13', new Date('2026-09-30T02:00:00Z'))).toEqual({
      dueOn: '2026-10-13',
      daysLeft: 5,
      overdue: false,
    });
  });

  test('from a weekend, a Monday due date is 1 working day away', () => {
    expect(deadlineStatus('2026-12-07', new Date('2026-12-05T02:00:00Z')).daysLeft).toBe(1);
  });
});
