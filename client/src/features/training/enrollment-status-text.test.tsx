import { render, screen } from '@testing-library/react';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { enrollmentStatusText } from './enrollment-status-text';

test.each([
  ['confirmed', null, '已报上'],
  ['waitlisted', 1, '候补第 1 位'],
  ['waitlisted', 12, '候补第 12 位'],
  ['cancelled', null, '已取消'],
  ['attended', null, '已签到'],
  ['completed', null, '已结业'],
] as const)('%s (position %s) reads %s', (status, position, text) => {
  expect(enrollmentStatusText(status, position)).toBe(text);
});

test('a waitlisted enrollment without a position still says it is waiting', () => {
  expect(enrollmentStatusText('waitlisted', null)).toBe('候补中');
});

test('the badge shows the label and carries the status for styling', () => {
  render(<EnrollmentStatusBadge status="waitlisted" waitlistPosition={3} />);
  const badge = screen.getByTestId('enrollment-status');
  expect(badge.textContent).toBe('候补第 3 位');
  expect(badge.getAttribute('data-status')).toBe('waitlisted');
  expect(badge.className).toContain('psv-badge--pending');
});
