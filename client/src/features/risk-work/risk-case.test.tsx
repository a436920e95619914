import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { RiskCase } from './risk-case';
import { reportFixture } from './risk-report-fixture';
import { typeInto } from './type-into';
import { SOMEONE_ELSE_ACTED } from './use-risk-case';

const { request } = taroMocks;

interface Sent {
  data: { action: string; payload: Record<string, unknown> };
}
const ok = (data: unknown) => Promise.resolve({ statusCode: 200, data: { ok: true, data } });

/** Answers by action: each `risk.get` answers the next report in `gets`. */
function serve(gets: ReturnType<typeof reportFixture>[], review: () => Promise<unknown>) {
  request.mockImplementation((options: unknown) => {
    const { action } = (options as Sent).data;
    if (action === 'get') {
      const next = gets.length > 1 ? gets.shift() : gets[0];
      return ok(next);
    }
    if (action === 'review') return review();
    return Promise.resolve({
      statusCode: 404,
      data: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } },
    });
  });
}

beforeEach(() => request.mockReset());

test('when another reviewer decided first, the case reloads and says someone else acted', async () => {
  const mine = reportFixture({ householdId: null });
  const theirs = reportFixture({
    householdId: null,
    version: 3,
    status: 'returned',
    waitingFor: 'family',
    can: { ...mine.can, review: false },
  });
  serve([mine, theirs], () =>
    Promise.resolve({
      statusCode: 409,
      data: { ok: false, error: { code: 'CONFLICT', message: '数据已被修改' } },
    }),
  );
  render(<RiskCase reportId="rr-1" />);
  await screen.findByTestId('risk-review-panel');
  expect(screen.getByTestId('risk-no-household')).toBeTruthy();
  typeInto('reviewNote', '请补一张住院发票');
  act(() => void fireEvent.click(screen.getByTestId('risk-review-return')));
  await waitFor(() => expect(screen.getByTestId('risk-case').dataset.version).toBe('3'));
  expect(screen.getByTestId('risk-case-notice').textContent).toBe(SOMEONE_ELSE_ACTED);
  expect(screen.queryByTestId('risk-review-panel')).toBeNull();
});

test('the town cannot approve during the 公示: the server sentence is shown, the report unchanged', async () => {
  const waiting = reportFixture({
    householdId: null,
    status: 'village_verified',
    waitingFor: 'town',
    publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: false },
  });
  serve([waiting], () =>
    Promise.resolve({
      statusCode: 409,
      data: {
        ok: false,
        error: { code: 'CONFLICT', message: '村内公示到12月8日结束，结束后才能审核通过。' },
      },
    }),
  );
  render(<RiskCase reportId="rr-1" />);
  await screen.findByTestId('risk-review-panel');
  act(() => void fireEvent.click(screen.getByTestId('risk-review-approve')));
  await waitFor(() =>
    expect(screen.getByTestId('risk-case-notice').textContent).toBe(
      '村内公示到12月8日结束，结束后才能审核通过。',
    ),
  );
  expect(screen.getByTestId('risk-publicity').dataset.ended).toBe('no');
});
