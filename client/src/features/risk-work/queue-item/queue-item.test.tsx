import { fireEvent, render, screen } from '@testing-library/react';
import { reportFixture } from '../risk-report-fixture';
import { QueueItem } from './queue-item';

test('an overdue item carries a red 已超期 mark with the working days it is late', () => {
  const onOpen = jest.fn();
  render(
    <QueueItem
      item={reportFixture({
        urgent: true,
        risks: ['accident'],
        deadline: { dueOn: '2026-12-08', daysLeft: -3, overdue: true },
      })}
      onOpen={onOpen}
    />,
  );
  const item = screen.getByTestId('risk-queue-item');
  expect(item.dataset.overdue).toBe('yes');
  expect(item.className).toContain('psv-risk-item--overdue');
  expect(screen.getByTestId('overdue-mark').textContent).toBe('已超期 3 个工作日');
  expect(screen.getByTestId('deadline').dataset.dueOn).toBe('2026-12-08');
  expect(screen.queryByTestId('days-left')).toBeNull();
  expect(item.querySelector('[data-tag="urgent"]')?.textContent).toBe('绿色通道');
  fireEvent.click(item);
  expect(onOpen).toHaveBeenCalled();
});

test('an item on time shows its due date and working days left, without an overdue mark', () => {
  render(
    <QueueItem
      item={reportFixture({
        proxy: true,
        isAppeal: true,
        deadline: { dueOn: '2026-12-08', daysLeft: 4, overdue: false },
      })}
      onOpen={jest.fn()}
    />,
  );
  expect(screen.getByTestId('risk-queue-item').dataset.overdue).toBe('no');
  expect(screen.queryByTestId('overdue-mark')).toBeNull();
  expect(screen.getByTestId('days-left').textContent).toBe('还剩 4 个工作日');
  expect(screen.getByTestId('deadline').textContent).toContain('12月8日前');
  expect(screen.getByTestId('risk-tags').textContent).toBe('复议代申报');
  expect(screen.getByText('困难：因病')).toBeTruthy();
});
