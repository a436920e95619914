import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../../test-support/taro-mock';
import { SELF_CHECK_RESULT_PATH } from '../policy-paths';
import { readSelfCheckResult } from '../self-check-result-store';
import { QUESTION_COUNT } from '../use-self-check';
import { SelfCheckWizard } from './self-check-wizard';

const { request, navigateTo } = taroMocks;

const stepOf = () => Number(screen.getByTestId('self-check').getAttribute('data-step'));
const progress = () => screen.getByTestId('self-check-progress').textContent ?? '';
const tap = (el: Element) => act(() => void fireEvent.click(el));
const answer = (value: string) => {
  const button = screen
    .getByTestId('self-check-question')
    .querySelector(`[data-answer="${value}"]`);
  if (!button) throw new Error(`no answer ${value} on step ${stepOf()}`);
  tap(button);
};

beforeEach(() => {
  taroStorage.clear();
  request.mockReset();
  navigateTo.mockClear();
});

/** 已脱贫户, one child in 高中, a member with a chronic illness, everything else 否. */
function answerTheIssueFamily() {
  answer('lifted');
  tap(screen.getByTestId('school-senior-plus'));
  expect(screen.getByTestId('school-senior-value').textContent).toBe('1 人');
  tap(screen.getByTestId('self-check-next'));
  answer('yes'); // 慢性病
  while (stepOf() < QUESTION_COUNT) {
    const question = screen.getByTestId('self-check-question');
    if (question.getAttribute('data-kind') === 'yesNo') answer('no');
    else tap(screen.getByTestId('self-check-next'));
  }
}

test('one question per screen: 下一步 waits for an answer, 上一步 keeps what was answered', () => {
  render(<SelfCheckWizard />);
  expect(stepOf()).toBe(0);
  expect(progress()).toContain(`第 1 题，共 ${QUESTION_COUNT} 题`);
  // Nothing chosen yet: 下一步 does not move on, 上一步 has nowhere to go.
  tap(screen.getByTestId('self-check-next'));
  tap(screen.getByTestId('self-check-back'));
  expect(stepOf()).toBe(0);
  // 不清楚 is an answer too; choosing moves to the next screen.
  answer('unknown');
  expect(stepOf()).toBe(1);
  expect(progress()).toContain('第 2 题');
  expect(screen.getByTestId('self-check-question').getAttribute('data-kind')).toBe('school');
  tap(screen.getByTestId('self-check-back'));
  expect(stepOf()).toBe(0);
  const chosen = screen.getByTestId('self-check-question').querySelector('[data-answer="unknown"]');
  expect(chosen?.className).toContain('psv-button--primary');
  // Answered screens can be passed with 下一步.
  tap(screen.getByTestId('self-check-next'));
  expect(stepOf()).toBe(1);
  // Counters never go below zero.
  tap(screen.getByTestId('school-primary-minus'));
  expect(screen.getByTestId('school-primary-value').textContent).toBe('0 人');
});

test('answers stay on the phone until 查看结果, then go once as the contract asks', async () => {
  const { unmount } = render(<SelfCheckWizard />);
  answerTheIssueFamily();
  expect(screen.getByTestId('self-check-finish')).toBeTruthy();
  expect(progress()).toContain('都答完了');
  // Back and forward on the last screens still sends nothing.
  tap(screen.getByTestId('self-check-back'));
  expect(stepOf()).toBe(QUESTION_COUNT - 1);
  tap(screen.getByTestId('self-check-next'));
  expect(request).not.toHaveBeenCalled();

  // The draft is kept in storage and comes back after the app is closed.
  await waitFor(() =>
    expect(JSON.stringify([...taroStorage.dump()])).toContain('draft.policies.self-check'),
  );
  unmount();
  render(<SelfCheckWizard />);
  expect(stepOf()).toBe(QUESTION_COUNT);
  expect(request).not.toHaveBeenCalled();

  const matches = [
    {
      policyId: 'free-education-15-years',
      title: '十五年免费教育',
      category: 'education',
      reasons: ['家里有孩子在读高中'],
      nextSteps: [
        { label: '问问学校怎么办', target: 'policy', policyId: 'free-education-15-years' },
      ],
    },
  ];
  request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: { matches } } });
  tap(screen.getByTestId('self-check-submit'));
  await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: SELF_CHECK_RESULT_PATH }));
  expect(request).toHaveBeenCalledTimes(1);
  const sent = (request.mock.calls[0] as [{ url: string; data: unknown }])[0];
  expect(sent.url).toMatch(/\/api\/policies$/);
  expect(sent.data).toEqual({
    action: 'checkEligibility',
    payload: {
      answers: {
        householdCategory: 'lifted',
        inSchool: { preschool: 0, primary: 0, junior: 0, senior: 1, vocational: 0, college: 0 },
        chronicIllness: true,
        seriousIllness: false,
        aged60Plus: 0,
        disability: false,
        disasterLoss: false,
        accidentInjury: false,
        lowIncome: false,
        wantsTraining: false,
        wantsBusiness: false,
      },
    },
  });
  expect(readSelfCheckResult()?.matches).toEqual(matches);
});

test('a failed 查看结果 says why and stays on the screen', async () => {
  render(<SelfCheckWizard />);
  answerTheIssueFamily();
  request.mockRejectedValue({ errMsg: 'request:fail' });
  tap(screen.getByTestId('self-check-submit'));
  await screen.findByTestId('self-check-error');
  expect(screen.getByTestId('self-check-error').textContent).toContain('网络');
  expect(navigateTo).not.toHaveBeenCalled();
  expect(stepOf()).toBe(QUESTION_COUNT);
});
