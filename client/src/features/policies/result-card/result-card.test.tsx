import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroMocks, taroStorage } from '../../../../test-support/taro-mock';
import type { EligibilityMatch } from '../policies-api';
import { SelfCheckResult } from '../self-check-result';
import { saveSelfCheckResult } from '../self-check-result-store';
import { ResultCard } from './result-card';

const { navigateTo } = taroMocks;

const medical: EligibilityMatch = {
  policyId: 'medical-assistance',
  title: '医疗救助',
  category: 'medical',
  reasons: ['家里有人得慢性病，需要长期吃药', '您家是已脱贫户'],
  nextSteps: [
    { label: '看看怎么报销', target: 'policy', policyId: 'basic-medical-insurance' },
    { label: '申请防贫保险理赔', target: 'claims' },
    { label: '报名免费培训', target: 'training' },
    { label: '家里有难处，告诉村里', target: 'risk' },
    { label: '看看我的家', target: 'household' },
    { label: '还有疑问，留言', target: 'feedback' },
  ],
};

beforeEach(() => {
  taroStorage.clear();
  navigateTo.mockClear();
});

test('a result card lists every reason and links each next step inside the app', () => {
  render(<ResultCard match={medical} />);
  expect(screen.getByText('医疗救助')).toBeTruthy();
  expect(screen.getAllByTestId('result-reason').map((r) => r.textContent)).toEqual([
    '✓ 家里有人得慢性病，需要长期吃药',
    '✓ 您家是已脱贫户',
  ]);
  const links = screen
    .getAllByTestId('next-step')
    .map((el) => [el.getAttribute('data-target'), el.getAttribute('data-url')]);
  expect(links).toEqual([
    ['policy', '/packages/policies/pages/article/index?id=basic-medical-insurance'],
    ['claims', '/packages/claims/pages/index/index'],
    ['training', '/packages/training/pages/index/index'],
    ['risk', '/packages/risk/pages/index/index'],
    ['household', '/packages/households/pages/index/index'],
    ['feedback', '/packages/feedback/pages/index/index'],
  ]);
  const training = screen.getByText('报名免费培训');
  act(() => void fireEvent.click(training));
  expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/training/pages/index/index' });
});

test('the result page lists the stored matches', () => {
  saveSelfCheckResult([medical]);
  render(<SelfCheckResult />);
  expect(screen.getByTestId('self-check-result').getAttribute('data-state')).toBe('matches');
  expect(screen.getAllByTestId('result-card')).toHaveLength(1);
});

test('no match says so kindly and points to the village cadre', () => {
  saveSelfCheckResult([]);
  render(<SelfCheckResult />);
  expect(screen.getByTestId('self-check-result').getAttribute('data-state')).toBe('empty');
  expect(screen.getByTestId('self-check-empty').textContent).toContain('村干部');
});
