import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { claimFixture } from './claim-fixture';
import type { ClaimSummary } from './claims-work-api';
import { ClaimsQueue } from './claims-queue';
import { ClaimsStats } from './claims-stats';
import { HouseholdClaimsSection } from './household-claims-section';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

/** A queue row: the claim view carries every summary field (and more, ignored here). */
function summary(patch: Partial<ClaimSummary>): ClaimSummary {
  return { ...claimFixture(), ...patch };
}

const page = (items: ClaimSummary[]) =>
  Promise.resolve({ statusCode: 200, data: { ok: true, data: { items, nextCursor: null } } });

beforeEach(() => request.mockReset());

test('待办 lists claims by due date with their overdue marks; a filter reads again', async () => {
  request.mockImplementation(() =>
    page([
      summary({
        claimId: 'cl-late',
        deadline: { dueOn: '2026-12-01', daysLeft: -2, overdue: true },
        late: true,
      }),
      summary({ claimId: 'cl-2', subjectName: '马麦燕', type: 'education', estimate: 1500 }),
    ]),
  );
  render(<ClaimsQueue role="village_cadre" />);
  await waitFor(() => expect(screen.getAllByTestId('claim-queue-item')).toHaveLength(2));
  const [first, second] = screen.getAllByTestId('claim-queue-item');
  expect(first?.dataset).toMatchObject({ claimId: 'cl-late', status: 'reported', overdue: 'yes' });
  expect(first?.querySelector('[data-testid="overdue-mark"]')?.textContent).toBe(
    '已超期 2 个工作日',
  );
  expect(second?.dataset.overdue).toBe('no');
  expect(second?.textContent).toContain('因学理赔 · 预计 1,500 元');
  expect(sent()[0]).toMatchObject({
    action: 'queue',
    payload: { view: 'todo', overdueOnly: false, limit: 20 },
  });
  act(
    () =>
      void fireEvent.click(
        screen.getByTestId('claims-filter-type').querySelector('[data-category="disaster"]')!,
      ),
  );
  await waitFor(() => expect(sent()).toHaveLength(2));
  expect(sent()[1]?.payload).toMatchObject({ view: 'todo', type: 'disaster' });
  act(() => void fireEvent.click(screen.getByTestId('claims-tab-all')));
  await waitFor(() => expect(sent()).toHaveLength(3));
  expect(sent()[2]?.payload).toMatchObject({ view: 'all', type: 'disaster' });
});

test('the household 360° section lists that household’s claims', async () => {
  request.mockImplementation(() => page([summary({ status: 'paid', approvedAmount: 18500 })]));
  render(<HouseholdClaimsSection householdId="hh-1" />);
  await waitFor(() => expect(screen.getByTestId('household-claims').dataset.state).toBe('ready'));
  expect(sent()[0]?.payload).toMatchObject({ view: 'all', householdId: 'hh-1' });
  expect(screen.getByTestId('claim-queue-item').textContent).toContain('审定 18,500 元');
});

test('统计 shows each type with its claims, approved and paid amounts', () => {
  render(
    <ClaimsStats
      data={{
        scopeName: '临夏市',
        total: 3,
        overdue: 1,
        byStatus: {
          reported: 1,
          materials_checked: 0,
          town_reviewed: 0,
          surveyed: 0,
          approved: 1,
          paid: 1,
          returned: 0,
          rejected: 0,
        },
        byType: {
          illness: { claims: 2, approvedAmount: 38500, paidAmount: 18500 },
          education: { claims: 1, approvedAmount: 0, paidAmount: 0 },
          disaster: { claims: 0, approvedAmount: 0, paidAmount: 0 },
          accident: { claims: 0, approvedAmount: 0, paidAmount: 0 },
        },
        byUnit: [
          {
            unitId: 'town-zheqiao',
            unitName: '折桥镇',
            claims: 3,
            open: 2,
            overdue: 1,
            paidAmount: 18500,
          },
        ],
      }}
    />,
  );
  expect(screen.getByTestId('claims-stats-overdue').textContent).toContain('1 件');
  expect(
    screen.getByTestId('claims-stats-by-type').querySelector('[data-type="illness"]')?.textContent,
  ).toBe('因病2 件 · 审定 38,500 元 · 已赔 18,500 元');
  expect(
    screen.getByTestId('claims-stats-by-type').querySelector('[data-type="disaster"]'),
  ).toBeNull();
  expect(screen.getByTestId('claims-stats-by-unit').textContent).toContain('已赔 18,500 元');
});
