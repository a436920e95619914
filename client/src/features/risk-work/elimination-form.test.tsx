import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../test-support/taro-mock';
import { EliminationForm } from './elimination-form';
import { reportFixture } from './risk-report-fixture';
import { typeInto } from './type-into';

const { request } = taroMocks;

beforeEach(() => request.mockReset());

test("the rule's refusal is shown in the form, one plain reason a line", async () => {
  request.mockResolvedValueOnce({
    statusCode: 409,
    data: {
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '现在还不能申请风险消除：纳入监测还不满6个月，2027年6月8日以后才能申请风险消除。还没有一项帮扶措施办好，至少要有一项落实到位。',
      },
    },
  });
  const onConflict = jest.fn();
  render(
    <EliminationForm
      report={reportFixture({ status: 'assisting' })}
      onDone={jest.fn()}
      onConflict={onConflict}
    />,
  );
  act(() => void fireEvent.click(screen.getByTestId('open-elimination')));
  act(() => void fireEvent.click(screen.getByTestId('elimination-submit')));
  expect(screen.getByText('请填家庭人均纯收入（元，整数）。')).toBeTruthy();
  expect(request).not.toHaveBeenCalled();
  typeInto('eliminationIncome', '6000');
  typeInto('eliminationNote', '户主出院了，还需要吃药');
  act(() => void fireEvent.click(screen.getByTestId('elimination-submit')));
  const reasons = await screen.findAllByTestId('elimination-reason');
  expect(reasons.map((r) => r.textContent)).toEqual([
    '· 纳入监测还不满6个月，2027年6月8日以后才能申请风险消除。',
    '· 还没有一项帮扶措施办好，至少要有一项落实到位。',
  ]);
  expect(onConflict).not.toHaveBeenCalled();
});
