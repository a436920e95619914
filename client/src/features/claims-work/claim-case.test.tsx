import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { typeInto } from '../risk-work/type-into';
import { ClaimCase } from './claim-case';
import { claimFixture } from './claim-fixture';
import { CLAIM_SOMEONE_ELSE_ACTED } from './use-claim-case';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });
const sent = () => request.mock.calls.map((call) => (call as [Sent])[0].data);

/** Answers by action: each `claims.get` answers the next claim in `gets`. */
function serve(gets: ReturnType<typeof claimFixture>[], write: () => Promise<unknown>) {
  request.mockImplementation((options: unknown) => {
    const { action } = (options as Sent).data;
    if (action === 'get') return ok(gets.length > 1 ? gets.shift() : gets[0]);
    if (action === 'review' || action === 'markPaid') return write();
    return Promise.resolve({
      statusCode: 404,
      data: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } },
    });
  });
}

const approved = (patch: Parameters<typeof claimFixture>[0] = {}) =>
  claimFixture({
    status: 'approved',
    version: 6,
    waitingFor: 'insurer',
    deadline: null,
    assessedAmount: 19000,
    approvedAmount: 18500,
    can: { review: false, resubmit: false, appeal: false, markPaid: true },
    ...patch,
  });

beforeEach(() => request.mockReset());

test('the case shows the facts, the papers, the steps and the bank by its last 4 digits only', async () => {
  serve(
    [
      claimFixture({
        late: true,
        proxy: true,
        filedBy: { name: '马小兰', role: 'villager', relation: 'child' },
      }),
    ],
    () => Promise.reject(new Error('no write')),
  );
  render(<ClaimCase claimId="cl-1" role="town_reviewer" />);
  const root = await screen.findByTestId('claim-case');
  expect(root.dataset.status).toBe('reported');
  expect(root.dataset.version).toBe('2');
  expect(screen.getByTestId('claim-bank').textContent).toContain('农业银行 ****4321');
  expect(screen.getByTestId('claim-tags').textContent).toBe('超过24小时报案代申请');
  expect(screen.getByTestId('claim-late')).toBeTruthy();
  expect(screen.getByTestId('claim-estimate').textContent).toContain('20,500 元');
  expect(screen.getAllByTestId('claim-estimate-line')).toHaveLength(8);
  expect(screen.getAllByTestId('claim-document-photo')).toHaveLength(3);
  expect(screen.getAllByTestId('claim-step').map((s) => s.dataset.kind)).toEqual(['submitted']);
  expect(screen.getByTestId('claim-open-household')).toBeTruthy();
});

test('when another reviewer decided first, the case reloads and says someone else acted', async () => {
  const mine = claimFixture({ status: 'materials_checked', waitingFor: 'town' });
  const theirs = claimFixture({
    status: 'town_reviewed',
    version: 3,
    waitingFor: 'insurer',
    can: { ...mine.can, review: false },
  });
  serve([mine, theirs], () =>
    Promise.resolve({
      statusCode: 409,
      data: { ok: false, error: { code: 'CONFLICT', message: '数据已被修改' } },
    }),
  );
  render(<ClaimCase claimId="cl-1" role="town_reviewer" />);
  await screen.findByTestId('claim-review-panel');
  typeInto('claimReviewNote', '请补一张住院发票');
  act(() => void fireEvent.click(screen.getByTestId('claim-review-return')));
  await waitFor(() => expect(screen.getByTestId('claim-case').dataset.version).toBe('3'));
  expect(screen.getByTestId('claim-case-notice').textContent).toBe(CLAIM_SOMEONE_ELSE_ACTED);
  expect(screen.queryByTestId('claim-review-panel')).toBeNull();
});

test('during the 公示 the insurer sees when payment may be recorded, and no submit', async () => {
  serve(
    [
      approved({
        publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: false },
        can: { review: false, resubmit: false, appeal: false, markPaid: false },
      }),
    ],
    () => Promise.reject(new Error('no write')),
  );
  render(<ClaimCase claimId="cl-1" role="insurer" />);
  expect((await screen.findByTestId('mark-paid-wait')).textContent).toContain('12月8日');
  expect(screen.queryByTestId('mark-paid-submit')).toBeNull();
  expect(screen.queryByTestId('claim-review-panel')).toBeNull();
  expect(screen.queryByTestId('claim-open-household')).toBeNull();
});

test('after the 公示 the insurer records the payment with the date and 流水号', async () => {
  const paid = approved({
    status: 'paid',
    version: 7,
    waitingFor: null,
    payment: { paidOn: '2026-12-10', reference: 'PAY-20261210-01', dueOn: '2026-12-15' },
    can: { review: false, resubmit: false, appeal: false, markPaid: false },
  });
  serve(
    [approved({ publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: true } })],
    () => ok(paid),
  );
  render(<ClaimCase claimId="cl-1" role="insurer" />);
  await screen.findByTestId('mark-paid-panel');
  typeInto('paymentReference', 'x');
  act(() => void fireEvent.click(screen.getByTestId('mark-paid-submit')));
  expect(screen.getByText('付款流水号应是 4 到 64 位字母或数字。')).toBeTruthy();
  typeInto('paidOn', '2026-12-10');
  typeInto('paymentReference', ' PAY-20261210-01 ');
  act(() => void fireEvent.click(screen.getByTestId('mark-paid-submit')));
  await waitFor(() => expect(screen.getByTestId('claim-case').dataset.status).toBe('paid'));
  expect(screen.getByTestId('claim-case-notice').textContent).toBe('已登记赔付。');
  expect(screen.getByTestId('claim-payment').textContent).toContain('PAY-20261210-01');
  expect(sent().filter((s) => s.action === 'markPaid')).toEqual([
    {
      action: 'markPaid',
      payload: {
        claimId: 'cl-1',
        expectedVersion: 6,
        paidOn: '2026-12-10',
        paymentReference: 'PAY-20261210-01',
      },
      idempotencyKey: expect.stringMatching(/^cpay-/) as unknown,
    },
  ]);
});
