import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { PlanEditor } from './plan-editor';
import { reportFixture } from './risk-report-fixture';
import { typeInto } from './type-into';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);
const addSector = (sector: string) =>
  act(
    () =>
      void fireEvent.click(
        document.querySelector(
          `[data-testid="sector-choices"] [data-sector="${sector}"]`,
        ) as Element,
      ),
  );

const approved = reportFixture({
  status: 'city_approved',
  version: 7,
  monitorType: 'marginal',
  visit: {
    visitedOn: '2026-12-02',
    incomePerHead: 5200,
    confirmedRisks: ['illness'],
    note: '户主住院',
    photos: [],
    byName: '马村干',
  },
  can: { ...reportFixture().can, review: false, setPlan: true },
});

beforeEach(() => request.mockReset());

test('因病 without a 卫健 or 医保 measure is warned about before saving, and the warning goes once one is added', () => {
  render(
    <PlanEditor report={approved} members={null} onSaved={jest.fn()} onConflict={jest.fn()} />,
  );
  expect(screen.getByTestId('sectors-demo').textContent).toContain('演示清单（待市里确认）');
  addSector('education');
  expect(screen.getByTestId('plan-live-warnings').textContent).toContain(
    '因病：还没有卫健、医保、民政方面的措施。',
  );
  addSector('health');
  expect(screen.queryByTestId('plan-live-warnings')).toBeNull();
});

test('a sector prefills its department and offers its examples; the saved plan shows the server warnings', async () => {
  const saved = {
    ...approved,
    version: 8,
    status: 'assisting' as const,
    plan: {
      text: '落实大病专项救治，安排公益性岗位。',
      insurance: { enrolled: true, policyNumber: null },
      measures: [],
      setAt: '2026-12-03T02:00:00.000Z',
      setByName: '马村干',
      warnings: ['服务器提醒：请核对责任人'],
    },
  };
  request.mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: saved } });
  const onSaved = jest.fn();
  render(<PlanEditor report={approved} members={null} onSaved={onSaved} onConflict={jest.fn()} />);
  addSector('health');
  expect((document.querySelector('[name="measure-0-department"]') as HTMLInputElement).value).toBe(
    '市卫生健康局',
  );
  act(
    () => void fireEvent.click(document.querySelector('[data-example="大病专项救治"]') as Element),
  );
  typeInto('measure-0-responsible', '马医生');
  typeInto('planText', '落实大病专项救治，安排公益性岗位。');
  act(() => void fireEvent.click(screen.getByTestId('insurance-yes')));
  act(() => void fireEvent.click(screen.getByTestId('plan-save')));
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  expect(screen.getByTestId('plan-server-warning').textContent).toContain('请核对责任人');
  expect(sent()[0]).toMatchObject({
    action: 'setPlan',
    payload: {
      reportId: 'rr-1',
      expectedVersion: 7,
      insurance: { enrolled: true },
      measures: [
        {
          sector: 'health',
          title: '大病专项救治',
          department: '市卫生健康局',
          responsible: '马医生',
          status: 'planned',
        },
      ],
    },
  });
});

test('a plan with no measure or too short a text is not sent', () => {
  render(
    <PlanEditor report={approved} members={null} onSaved={jest.fn()} onConflict={jest.fn()} />,
  );
  act(() => void fireEvent.click(screen.getByTestId('plan-save')));
  expect(screen.getByText('至少要有一项帮扶措施。')).toBeTruthy();
  expect(screen.getByText('一户一策至少写10个字，写清楚怎么帮。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
});
