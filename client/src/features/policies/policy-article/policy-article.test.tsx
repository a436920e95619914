import { act, fireEvent, render, screen } from '@testing-library/react';
import { taroMocks } from '../../../../test-support/taro-mock';
import type { PolicyArticle } from '../policies-api';
import { PolicyArticleView } from './policy-article';

const { navigateTo } = taroMocks;

const article = (over: Partial<PolicyArticle> = {}): PolicyArticle => ({
  policyId: 'basic-medical-insurance',
  version: 2,
  current: true,
  updatedAt: '2026-03-01T00:00:00.000Z',
  demo: true,
  title: '城乡居民基本医疗保险',
  category: 'medical',
  summary: '每年按时交医保，看病住院就能报销一部分。',
  body: ['城乡居民医保，就是大家常说的“合作医疗”。', '门诊也能报一部分。'],
  faq: [{ q: '今年忘了交医保怎么办？', a: '尽快找村里问清楚补交办法。' }],
  examples: [
    { text: '住院花了1万元，医保报了6千元。', illustrative: true },
    { text: '出院时一站式结算，当场就报。', illustrative: false },
  ],
  sourceDocument: '《国务院关于整合城乡居民基本医疗保险制度的意见》',
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  keywords: ['看病'],
  versions: [
    {
      version: 1,
      effectiveFrom: '2024-01-01',
      effectiveTo: '2024-12-31',
      updatedAt: '2024-01-01',
      changeNote: null,
    },
    {
      version: 2,
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      updatedAt: '2026-03-01',
      changeNote: '2025年起按新标准',
    },
  ],
  ...over,
});

beforeEach(() => navigateTo.mockClear());

test('illustrative examples are marked 举例, the FAQ opens on tap, source and dates are shown', () => {
  render(<PolicyArticleView policy={article()} />);
  const examples = screen.getAllByTestId('policy-example');
  expect(examples[0]?.textContent).toContain('举例');
  expect(examples[1]?.textContent).not.toContain('举例');
  expect(screen.queryByTestId('faq-answer')).toBeNull();
  act(() => void fireEvent.click(screen.getByText(/今年忘了交医保怎么办/)));
  expect(screen.getByTestId('faq-answer').textContent).toContain('补交');
  const source = screen.getByTestId('policy-source').textContent ?? '';
  expect(source).toContain('《国务院关于整合城乡居民基本医疗保险制度的意见》');
  expect(source).toContain('2025年1月1日起施行');
  expect(screen.getByText('🔊 朗读')).toBeTruthy();
  expect(screen.queryByTestId('old-version-notice')).toBeNull();
});

test('历史版本 opens an older version; an older version says it is read-only', () => {
  const { unmount } = render(<PolicyArticleView policy={article()} />);
  const v1 = screen
    .getAllByTestId('policy-version')
    .find((row) => row.getAttribute('data-version') === '1');
  if (!v1) throw new Error('version 1 is not listed');
  act(() => void fireEvent.click(v1));
  expect(navigateTo).toHaveBeenCalledWith({
    url: '/packages/policies/pages/article/index?id=basic-medical-insurance&version=1',
  });
  unmount();
  render(<PolicyArticleView policy={article({ version: 1, current: false })} />);
  expect(screen.getByTestId('old-version-notice').textContent).toContain('只能查看');
  expect(screen.getByTestId('policy-article').getAttribute('data-current')).toBe('no');
});
