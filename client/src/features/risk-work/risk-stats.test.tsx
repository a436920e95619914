import { render, screen } from '@testing-library/react';
import { RISK_TYPE_CODES } from '@shared/risk/risk-catalogue';
import { RiskStats } from './risk-stats';

test('统计 shows overdue in red, only the stages and risks that have reports, and each unit', () => {
  render(
    <RiskStats
      data={{
        scopeName: '折桥镇',
        total: 4,
        open: 3,
        overdue: 1,
        dueSoon: 1,
        byStatus: {
          submitted: 2,
          village_verified: 1,
          town_reviewed: 0,
          city_approved: 0,
          assisting: 0,
          elimination_proposed: 0,
          elimination_town_reviewed: 0,
          resolved: 1,
          returned: 0,
          rejected: 0,
        },
        byRiskType: {
          ...(Object.fromEntries(RISK_TYPE_CODES.map((r) => [r, 0])) as Record<
            (typeof RISK_TYPE_CODES)[number],
            number
          >),
          illness: 3,
          disability: 1,
        },
        byUnit: [
          {
            unitId: 'village-zheqiao-qimou',
            unitName: '祁牟村',
            open: 3,
            overdue: 1,
            monitored: 2,
            resolved: 1,
          },
        ],
      }}
    />,
  );
  const overdue = screen.getByTestId('stats-overdue');
  expect(overdue.textContent).toBe('已超期1 份');
  expect(overdue.querySelector('.psv-badge--failed')).toBeTruthy();
  expect(screen.getByTestId('stats-by-status').textContent).toContain('待村核实');
  expect(screen.getByTestId('stats-by-status').textContent).not.toContain('待市审定');
  expect(screen.getByTestId('stats-by-risk').textContent).toContain('因残');
  expect(
    screen.getByTestId('stats-by-unit').querySelector('[data-unit="village-zheqiao-qimou"]')
      ?.textContent,
  ).toBe('祁牟村监测中 2 户 · 超期 1 份');
});
