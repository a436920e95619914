import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { api } from '../../api/api';
import { taroMocks } from '../../../test-support/taro-mock';
import { PendingItems } from './pending-items';
import type { DashboardView } from './households-api';

jest.mock('../../api/api', () => ({
  api: { households: { warnings: jest.fn(), list: jest.fn() } },
}));
const households = api.households as unknown as { warnings: jest.Mock; list: jest.Mock };

const summary = { householdId: 'h-1', headName: '马福贵', villageName: '祁牟村', warnings: [] };

test('到期未复核的三类户 opens the list of those households, each opening its record', async () => {
  households.warnings.mockResolvedValue({ ok: true, data: { items: [], nextCursor: null } });
  households.list.mockResolvedValue({ ok: true, data: { items: [summary], nextCursor: null } });
  const dashboard = {
    state: 'ready',
    data: { overdueReviews: 1 } as DashboardView,
    reload: () => undefined,
  } as const;
  render(<PendingItems dashboard={dashboard} />);
  fireEvent.click(screen.getByTestId('overdue-reviews'));
  const row = await screen.findByTestId('overdue-household');
  expect(households.list).toHaveBeenCalledWith(expect.objectContaining({ reviewOverdue: true }));
  fireEvent.click(row);
  await waitFor(() =>
    expect(taroMocks.navigateTo).toHaveBeenCalledWith({
      url: '/packages/households/pages/detail/index?id=h-1',
    }),
  );
});
