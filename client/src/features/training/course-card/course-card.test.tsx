import { fireEvent, render, screen } from '@testing-library/react';
import { CourseCard, type CourseCardData } from './course-card';

const base: CourseCardData = {
  courseId: 'c-weld',
  title: '电焊工（初级）',
  category: 'welding',
  townName: '祁牟镇',
  location: '镇职校实训楼',
  sessions: [
    {
      sessionId: 's1',
      topic: '安全与设备',
      startsAt: '2026-04-01T01:00:00.000Z',
      endsAt: '2026-04-01T04:00:00.000Z',
    },
  ],
  capacity: 30,
  seatsLeft: 3,
  waitlisted: 0,
  openForSignup: true,
  signupOpensAt: '2026-03-01T00:00:00.000Z',
};

test('an open course with seats shows how many are left and an open badge', () => {
  render(<CourseCard course={base} />);
  expect(screen.getByTestId('seats-left').textContent).toContain('还剩 3 个名额');
  expect(screen.getByTestId('seats-left').textContent).toContain('共 30 人');
  expect(screen.getByTestId('signup-badge').textContent).toBe('正在报名');
  expect(screen.getByTestId('course-card').getAttribute('data-signup')).toBe('open');
  expect(screen.getByText('电焊')).toBeTruthy();
});

test('a full course offers the waitlist and says how many are already waiting', () => {
  const { unmount } = render(<CourseCard course={{ ...base, seatsLeft: 0, waitlisted: 4 }} />);
  expect(screen.getByTestId('seats-left').textContent).toContain('名额已满，已有 4 人候补');
  unmount();
  render(<CourseCard course={{ ...base, seatsLeft: 0, waitlisted: 0 }} />);
  expect(screen.getByTestId('seats-left').textContent).toContain('名额已满，可以报名候补');
});

test.each([
  ['2026-02-01T00:00:00.000Z', 'not_yet', '还没开始报名'],
  ['2026-05-01T00:00:00.000Z', 'closed', '报名已截止'],
] as const)('a course not open at %s is badged %s (%s)', (now, state, label) => {
  render(<CourseCard course={{ ...base, openForSignup: false }} now={now} />);
  const card = screen.getByTestId('course-card');
  expect(card.getAttribute('data-signup')).toBe(state);
  expect(card.className).toContain('psv-course-card--closed');
  expect(screen.getByTestId('signup-badge').textContent).toBe(label);
});

test('tapping the card opens that course', () => {
  const onOpen = jest.fn();
  render(<CourseCard course={base} onOpen={onOpen} />);
  fireEvent.click(screen.getByTestId('course-card'));
  expect(onOpen).toHaveBeenCalledWith('c-weld');
});
