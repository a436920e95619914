import { fireEvent, render, screen } from '@testing-library/react';
import type { Role } from '@shared/auth/roles';
import { taroMocks } from '../../../test-support/taro-mock';
import { useMyRole } from '../session/use-my-role';
import { ClaimsWorkEntry, InsurerClaimsEntry } from './claims-work-entry';
import { CLAIMS_QUEUE_PATH, CLAIMS_STATS_PATH } from './claims-work-paths';

jest.mock('../session/use-my-role', () => ({ useMyRole: jest.fn() }));
const myRole = useMyRole as jest.MockedFunction<typeof useMyRole>;
const as = (role: Role | null) => myRole.mockReturnValue(role);

beforeEach(() => taroMocks.navigateTo.mockClear());

test('the workbench entry opens 理赔待办 and 理赔统计', () => {
  render(<ClaimsWorkEntry />);
  fireEvent.click(screen.getByTestId('open-claims-queue'));
  fireEvent.click(screen.getByTestId('open-claims-stats'));
  expect(taroMocks.navigateTo.mock.calls).toEqual([
    [{ url: CLAIMS_QUEUE_PATH }],
    [{ url: CLAIMS_STATS_PATH }],
  ]);
});

test('only the insurer sees the entry on 我的 and 办事', () => {
  as('village_cadre');
  const { unmount } = render(<InsurerClaimsEntry variant="button" />);
  expect(screen.queryByTestId('insurer-claims-entry')).toBeNull();
  unmount();
  as('insurer');
  render(<InsurerClaimsEntry variant="tile" />);
  fireEvent.click(screen.getByTestId('insurer-claims-entry'));
  expect(taroMocks.navigateTo).toHaveBeenCalledWith({ url: CLAIMS_QUEUE_PATH });
  expect(screen.getByTestId('insurer-claims-stats')).toBeTruthy();
});
