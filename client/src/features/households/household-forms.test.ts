import { joinCodeProblem, normaliseJoinCode } from './join-code';
import { checkCategoryForm } from './use-change-category';
import { listPayload } from './use-household-search';

test('a join code is read without spaces and in capitals, as the server reads it', () => {
  expect(normaliseJoinCode(' ab23 cd45 ')).toBe('AB23CD45');
  expect(joinCodeProblem('ab23 cd45')).toBeNull();
  expect(joinCodeProblem('')).toContain('请填写');
  expect(joinCodeProblem('AB23CD4')).toContain('8 位');
  // 0 and 1 are not in the code alphabet (A–Z, 2–9).
  expect(joinCodeProblem('AB23CD41')).toContain('8 位');
});

test('a category change needs a reason, and a monitor type for 三类户', () => {
  expect(checkCategoryForm({ category: 'monitored', monitorType: null, reason: '' })).toEqual({
    monitorType: '三类户需要选择监测类型',
    reason: '请写明调整的原因，至少2个字。',
  });
  expect(
    checkCategoryForm({ category: 'monitored', monitorType: 'marginal', reason: '因病支出大' }),
  ).toEqual({});
  expect(checkCategoryForm({ category: 'general', monitorType: null, reason: ' 好 ' })).toEqual({
    reason: '请写明调整的原因，至少2个字。',
  });
});

test('search filters become a list payload; the monitor type only goes with 三类户', () => {
  expect(listPayload({ q: '  马 ', category: null, monitorType: null })).toEqual({
    limit: 10,
    q: '马',
  });
  expect(listPayload({ q: '', category: 'monitored', monitorType: 'unstable' }, 'c-2')).toEqual({
    limit: 10,
    category: 'monitored',
    monitorType: 'unstable',
    cursor: 'c-2',
  });
  expect(listPayload({ q: '', category: 'lifted', monitorType: 'unstable' })).toEqual({
    limit: 10,
    category: 'lifted',
  });
});
