import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { RiskReviewPanel } from './review-panel';
import { reportFixture } from './risk-report-fixture';
import { typeInto } from './type-into';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

const tap = (testId: string) => act(() => void fireEvent.click(screen.getByTestId(testId)));

beforeEach(() => request.mockReset());

test('退回 without saying what is missing, or 不予通过 without a reason, is not sent', () => {
  render(
    <RiskReviewPanel
      report={reportFixture()}
      household={null}
      onDone={jest.fn()}
      onConflict={jest.fn()}
    />,
  );
  tap('risk-review-return');
  expect(screen.getByText('请写明还需要补充什么。')).toBeTruthy();
  tap('risk-review-reject');
  expect(screen.getByText('请写明不通过的原因。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
});

test('the village approves only with the visit recorded; then it is sent with the version seen', async () => {
  const approved = reportFixture({ status: 'village_verified', version: 3 });
  request.mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data: approved } });
  const onDone = jest.fn();
  render(
    <RiskReviewPanel
      report={reportFixture()}
      household={null}
      onDone={onDone}
      onConflict={jest.fn()}
    />,
  );
  expect(screen.getByTestId('visit-form')).toBeTruthy();
  tap('risk-review-approve');
  expect(screen.getByText('请填近12个月家庭人均纯收入（元，整数）。')).toBeTruthy();
  expect(screen.getByText('请写几句入户看到的情况。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();

  typeInto('visitedOn', '2026-12-02');
  typeInto('incomePerHead', '5200');
  typeInto('visitNote', '户主住院两周，家里只有老人和孩子');
  // 因残 confirmed besides the reported 因病.
  act(() => void fireEvent.click(document.querySelector('[data-risk="disability"]') as Element));
  tap('risk-review-approve');
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(approved));
  expect(sent()).toEqual([
    {
      action: 'review',
      payload: {
        reportId: 'rr-1',
        expectedVersion: 2,
        decision: 'approve',
        note: '',
        visit: {
          visitedOn: '2026-12-02',
          incomePerHead: 5200,
          confirmedRisks: ['illness', 'disability'],
          note: '户主住院两周，家里只有老人和孩子',
          photoFileIds: [],
          householdId: 'hh-1',
        },
      },
      idempotencyKey: expect.stringMatching(/^rrev-/) as unknown,
    },
  ]);
});

test('a proxy report needs its household chosen before the village can approve', () => {
  request.mockResolvedValue({
    statusCode: 200,
    data: { ok: true, data: { items: [], nextCursor: null } },
  });
  render(
    <RiskReviewPanel
      report={reportFixture({ householdId: null, proxy: true })}
      household={null}
      onDone={jest.fn()}
      onConflict={jest.fn()}
    />,
  );
  typeInto('incomePerHead', '5200');
  typeInto('visitNote', '老人独居，儿子代为申报');
  tap('risk-review-approve');
  expect(screen.getByText('这份是代申报，请选出对应的农户。')).toBeTruthy();
  expect(sent().every((s) => s.action !== 'review')).toBe(true);
});

test('a CONFLICT (someone else decided, or the 公示 is not over) goes to the page with the words', async () => {
  request.mockResolvedValueOnce({
    statusCode: 409,
    data: {
      ok: false,
      error: { code: 'CONFLICT', message: '村内公示还没结束，12月9日以后才能审核' },
    },
  });
  const onConflict = jest.fn();
  render(
    <RiskReviewPanel
      report={reportFixture({
        status: 'village_verified',
        waitingFor: 'town',
        publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: false },
      })}
      household={null}
      onDone={jest.fn()}
      onConflict={onConflict}
    />,
  );
  expect(screen.getByTestId('publicity-gate').textContent).toContain('公示结束后才能审核通过');
  expect(screen.queryByTestId('visit-form')).toBeNull();
  tap('risk-review-approve');
  await waitFor(() =>
    expect(onConflict).toHaveBeenCalledWith('村内公示还没结束，12月9日以后才能审核'),
  );
  expect(sent()[0]?.payload).toMatchObject({ decision: 'approve', expectedVersion: 2 });
});
