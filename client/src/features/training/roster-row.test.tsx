import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroMocks } from '../../../test-support/taro-mock';
import { RosterRow } from './roster-row';
import type { RosterEntry } from './training-api';

const entry = (checkIns: number): RosterEntry => ({
  enrollmentId: 'e1',
  name: '马文礼',
  phoneMasked: '*******5678',
  villageName: '祁牟村',
  status: checkIns > 0 ? 'attended' : 'confirmed',
  waitlistPosition: null,
  checkIns,
  certificateSerial: null,
});

afterEach(() => jest.clearAllMocks());

test('确认结业 is disabled, with the reason, until attendance is enough', () => {
  render(<RosterRow entry={entry(2)} courseId="c1" courseTitle="电焊" attendanceToComplete={4} />);
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
  render(<RosterRow entry={entry(4)} courseId="c1" courseTitle="电焊" attendanceToComplete={4} />);
  expect(screen.getByTestId('complete-enrollment').getAttribute('aria-disabled')).toBe('false');
  expect(screen.queryByTestId('complete-reason')).toBeNull();
});

test('拨打 asks the server for the full number, shows it and opens the dialler', async () => {
  const makePhoneCall = jest.fn(() => Promise.resolve());
  Object.assign(Taro, { makePhoneCall });
  taroMocks.request.mockResolvedValue({
    statusCode: 200,
    data: { ok: true, data: { phone: '13912345678' } },
  });
  render(<RosterRow entry={entry(0)} courseId="c1" courseTitle="电焊" attendanceToComplete={1} />);
  expect(screen.getByTestId('roster-phone').textContent).toBe('*******5678');
  fireEvent.click(screen.getByTestId('roster-call'));
  await waitFor(() => expect(screen.getByTestId('roster-phone').textContent).toBe('13912345678'));
  expect(taroMocks.request).toHaveBeenCalledWith(
    expect.objectContaining({
      data: expect.objectContaining({
        action: 'traineePhone',
        payload: { courseId: 'c1', enrollmentId: 'e1' },
      }),
    }),
  );
  expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13912345678' });
});
