import { fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { RosterRow } from './roster-row';
import type { RosterEntry } from './training-api';

const entry = (checkIns: number): RosterEntry => ({
  enrollmentId: 'e1',
  name: '马文礼',
  phoneMasked: '138****5678',
  villageName: '祁牟村',
  status: checkIns > 0 ? 'attended' : 'confirmed',
  waitlistPosition: null,
  checkIns,
  certificateSerial: null,
});

afterEach(() => jest.clearAllMocks());

test('确认结业 is disabled, with the reason, until attendance is enough', () => {
  render(<RosterRow entry={entry(2)} attendanceToComplete={4} />);
  const button = screen.getByTestId('complete-enrollment');
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByTestId('complete-reason').textContent).toBe(
    '签到 2 次，结业需要至少 4 次，还差 2 次。',
  );
  fireEvent.click(button);
  expect(taroMocks.request).not.toHaveBeenCalled();
  expect(taroMocks.callFunction).not.toHaveBeenCalled();
});

test('确认结业 is enabled once attendance is enough', () => {
  render(<RosterRow entry={entry(4)} attendanceToComplete={4} />);
  expect(screen.getByTestId('complete-enrollment').getAttribute('aria-disabled')).toBe('false');
  expect(screen.queryByTestId('complete-reason')).toBeNull();
});
