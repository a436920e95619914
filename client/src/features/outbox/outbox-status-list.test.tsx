import { act, render, screen } from '@testing-library/react';
import { reportHeldPhotoProgress } from '../images/held-photo-progress';
import type { OutboxItem } from './outbox-item';
import { OutboxStatusList } from './outbox-status-list';

const item = (status: OutboxItem['status']): OutboxItem => ({
  key: 'ex-1',
  author: { userId: 'u-ma', name: '马文礼' },
  fn: 'exhibits',
  action: 'submit',
  payload: {},
  label: '村史投稿：老照片 水渠',
  photos: ['ph-a', 'ph-b', 'ph-c'],
  status,
  attempts: 0,
  createdAt: 1,
  nextAttemptAt: 1,
});

test('an item waiting with photos says so; while sending, which photo and how far', () => {
  const { rerender } = render(
    <OutboxStatusList
      items={[item('pending')]}
      onRetry={() => undefined}
      onDismiss={() => undefined}
    />,
  );
  expect(screen.getByTestId('outbox-photos-waiting').textContent).toContain(
    '有 3 张照片在手机里，有网后自动发出',
  );
  rerender(
    <OutboxStatusList
      items={[item('sending')]}
      onRetry={() => undefined}
      onDismiss={() => undefined}
    />,
  );
  expect(screen.queryByTestId('outbox-photo-progress')).toBeNull();
  act(() => reportHeldPhotoProgress('ph-b', 45));
  expect(screen.getByTestId('outbox-photo-progress').textContent).toBe('正在上传第 2/3 张照片 45%');
  act(() => reportHeldPhotoProgress('ph-b', null));
  expect(screen.queryByTestId('outbox-photo-progress')).toBeNull();
});
