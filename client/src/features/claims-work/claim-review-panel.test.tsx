import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { typeInto } from '../risk-work/type-into';
import { claimFixture } from './claim-fixture';
import { ClaimReviewPanel } from './claim-review-panel';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown>; idempotencyKey?: string };
}
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);
const tap = (testId: string) => act(() => void fireEvent.click(screen.getByTestId(testId)));
const answer = (data: unknown) =>
  request.mockResolvedValueOnce({ statusCode: 200, data: { ok: true, data } });

function panel(claim = claimFixture(), onDone = jest.fn(), onConflict = jest.fn()) {
  render(<ClaimReviewPanel claim={claim} onDone={onDone} onConflict={onConflict} />);
  return { onDone, onConflict };
}

beforeEach(() => request.mockReset());

test('the village approves only once every paper is checked, and never with one missing', () => {
  panel();
  expect(screen.getByTestId('claim-review-panel').dataset.stage).toBe('reported');
  tap('claim-review-approve');
  expect(screen.getByText('还有材料没核对：身份证、住院发票、报销结算单。')).toBeTruthy();
  tap('claim-check-invoices-missing');
  typeInto('checkNote-invoices', '发票拍得不清楚');
  tap('claim-checks-rest-ok');
  tap('claim-review-approve');
  expect(screen.getByText('还有材料缺少，不能通过；请退回让家里补充。')).toBeTruthy();
  expect(screen.getByTestId('claim-review-error').textContent).toBe('还有没填好的地方，请看红字。');
  expect(request).not.toHaveBeenCalled();
});

test('the village returns with the missing paper marked (no note needed), sent with the version seen', async () => {
  const returned = claimFixture({
    status: 'returned',
    version: 3,
    can: { ...claimFixture().can, review: false },
  });
  answer(returned);
  const { onDone } = panel();
  tap('claim-check-id_card-ok');
  tap('claim-check-invoices-missing');
  typeInto('checkNote-invoices', '发票拍得不清楚');
  // Every paper is checked before returning too.
  tap('claim-review-return');
  expect(screen.getByText('还有材料没核对：报销结算单。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
  tap('claim-check-settlement_slips-ok');
  tap('claim-review-return');
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(returned));
  expect(sent()).toEqual([
    {
      action: 'review',
      payload: {
        claimId: 'cl-1',
        expectedVersion: 2,
        decision: 'return',
        note: '',
        checks: [
          { item: 'id_card', state: 'ok', note: '' },
          { item: 'invoices', state: 'missing', note: '发票拍得不清楚' },
          { item: 'settlement_slips', state: 'ok', note: '' },
        ],
      },
      idempotencyKey: expect.stringMatching(/^crev-/) as unknown,
    },
  ]);
});

test('all the rest ok, then approve: every paper is sent as checked', async () => {
  answer(claimFixture({ status: 'materials_checked', version: 3 }));
  const { onDone } = panel();
  tap('claim-checks-rest-ok');
  expect(screen.getByTestId('claim-check-id_card').dataset.state).toBe('ok');
  tap('claim-review-approve');
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(sent()[0]?.payload.checks).toEqual([
    { item: 'id_card', state: 'ok', note: '' },
    { item: 'invoices', state: 'ok', note: '' },
    { item: 'settlement_slips', state: 'ok', note: '' },
  ]);
});

test('the village cannot pass a claim whose checklist still lacks a paper', () => {
  panel(
    claimFixture({
      missing: [{ id: 'discharge', label: '出院小结', need: 1, items: ['discharge_summary'] }],
    }),
  );
  expect(screen.getByTestId('claim-missing').textContent).toContain('出院小结');
  tap('claim-checks-rest-ok');
  tap('claim-review-approve');
  expect(screen.getByText('清单上还缺出院小结，不能通过；请退回让家里补充。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
});

test('returning without saying what, or rejecting without a reason, is not sent', () => {
  panel(claimFixture({ status: 'materials_checked', waitingFor: 'town' }));
  expect(screen.queryByTestId('claim-checks')).toBeNull();
  tap('claim-review-return');
  expect(screen.getByText('请写明还需要补充什么。')).toBeTruthy();
  tap('claim-review-reject');
  expect(screen.getByText('请写明不通过的原因。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
});

test('the insurer approves with the survey; a server field error shows under its field', async () => {
  request.mockResolvedValueOnce({
    statusCode: 400,
    data: {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: '有几处没有填对',
        fieldErrors: { 'survey.assessedAmount': '金额太大了，请核对' },
      },
    },
  });
  panel(claimFixture({ status: 'town_reviewed', waitingFor: 'insurer' }));
  tap('claim-review-approve');
  expect(screen.getByText('请填核定的赔付金额（元，整数）。')).toBeTruthy();
  expect(screen.getByText('请写几句查勘看到的情况。')).toBeTruthy();
  typeInto('surveyedOn', '2026-12-03');
  typeInto('assessedAmount', '19000');
  typeInto('surveyNote', '已到医院核对发票，自付属实');
  tap('claim-review-approve');
  await waitFor(() => expect(screen.getByText('金额太大了，请核对')).toBeTruthy());
  expect(screen.getByTestId('claim-review-error').textContent).toBe('有几处没有填对');
  expect(sent()[0]?.payload).toEqual({
    claimId: 'cl-1',
    expectedVersion: 2,
    decision: 'approve',
    note: '',
    survey: {
      surveyedOn: '2026-12-03',
      assessedAmount: 19000,
      note: '已到医院核对发票，自付属实',
      photoFileIds: [],
    },
  });
});

test('the city amount is prefilled with the assessed one, with the cap left beside it', async () => {
  answer(claimFixture({ status: 'approved', version: 3 }));
  const { onDone } = panel(
    claimFixture({ status: 'surveyed', waitingFor: 'city', assessedAmount: 19000 }),
  );
  const field = document.querySelector('[name="approvedAmount"]') as HTMLInputElement;
  expect(field.value).toBe('19000');
  expect(screen.getByTestId('claim-approve-hint').textContent).toBe(
    '保险公司核定 19,000 元；这户今年封顶还可赔 200,000 元',
  );
  typeInto('approvedAmount', '18500');
  tap('claim-review-approve');
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(sent()[0]?.payload).toMatchObject({ decision: 'approve', approvedAmount: 18500 });
  expect(sent()[0]?.payload.survey).toBeUndefined();
});

test('a CONFLICT goes to the page with the server words', async () => {
  request.mockResolvedValueOnce({
    statusCode: 409,
    data: { ok: false, error: { code: 'CONFLICT', message: '数据已被修改' } },
  });
  const { onConflict } = panel(claimFixture({ status: 'materials_checked' }));
  tap('claim-review-approve');
  await waitFor(() => expect(onConflict).toHaveBeenCalledWith('数据已被修改'));
});
