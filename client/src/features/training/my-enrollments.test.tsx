import { act, render, screen, waitFor } from '@testing-library/react';
import { useDidShow } from '@tarojs/taro';
import { api } from '../../api/api';
import { MyEnrollments } from './my-enrollments';
import type { EnrollmentView } from './training-api';

jest.mock('../../api/api', () => ({ api: { training: { myEnrollments: jest.fn() } } }));
const myEnrollments = api.training.myEnrollments as jest.Mock;

const enrollment = (checkIns: string[]): EnrollmentView => ({
  enrollmentId: 'en-1',
  courseId: 'c-weld',
  courseTitle: '电焊工',
  category: 'welding',
  status: checkIns.length > 0 ? 'attended' : 'confirmed',
  waitlistPosition: null,
  checkIns,
  certificateSerial: null,
  enrolledAt: '2026-03-02T00:00:00.000Z',
  firstSessionStartsAt: '2026-04-01T01:00:00.000Z',
  mayCancel: false,
});
const page = (e: EnrollmentView) => ({ ok: true, data: { items: [e], nextCursor: null } });

test('back from 上课签到, 我的报名 shows the new check-in count', async () => {
  myEnrollments.mockResolvedValueOnce(page(enrollment([])));
  render(<MyEnrollments />);
  await waitFor(() =>
    expect(screen.getByTestId('enrollment-row').textContent).toContain('已签到 0 次'),
  );

  // The villager checked in on the check-in page and comes back: the page is shown again.
  myEnrollments.mockResolvedValueOnce(page(enrollment(['s1'])));
  const shown = (useDidShow as jest.Mock<void, [() => void]>).mock.calls.map((c) => c[0]);
  expect(shown.length).toBeGreaterThan(0);
  act(() => shown.at(-1)?.());
  await waitFor(() =>
    expect(screen.getByTestId('enrollment-row').textContent).toContain('已签到 1 次'),
  );
});
