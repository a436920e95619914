import { render, screen } from '@testing-library/react';
import { HouseholdCard, type HouseholdCardData } from './household-card';

const base: HouseholdCardData = {
  householdId: 'hh-1',
  headName: '马文礼',
  villageName: '祁牟村',
  category: 'general',
  monitorType: null,
  incomePerHead: 9_000,
  warnings: [],
};

test.each([
  ['general', null, 'green', '一般户'],
  ['lifted', null, 'blue', '已脱贫户'],
  ['monitored', 'marginal', 'red', '三类户'],
] as const)('a %s household is a %s folder labelled %s', (category, monitorType, colour, label) => {
  render(<HouseholdCard household={{ ...base, category, monitorType }} />);
  const card = screen.getByTestId('household-card');
  expect(card.getAttribute('data-folder')).toBe(colour);
  expect(card.className).toContain(`psv-folder--${colour}`);
  expect(screen.getByTestId('category-label').textContent).toBe(label);
});

test.each([
  ['unstable', '脱贫不稳定户'],
  ['marginal', '边缘易致贫户'],
  ['sudden_hardship', '突发严重困难户'],
] as const)('a 三类户 shows its monitor type %s as %s', (monitorType, label) => {
  render(<HouseholdCard household={{ ...base, category: 'monitored', monitorType }} />);
  expect(screen.getByTestId('monitor-type').textContent).toBe(label);
});

test('other categories show no monitor type, and the colour follows the category', () => {
  // A stale monitor type on a lifted household is not shown, and the folder stays blue.
  render(<HouseholdCard household={{ ...base, category: 'lifted', monitorType: 'unstable' }} />);
  expect(screen.queryByTestId('monitor-type')).toBeNull();
  expect(screen.getByTestId('household-card').getAttribute('data-folder')).toBe('blue');
});

test('warnings are listed unless hidden', () => {
  const warned = { ...base, warnings: [{ ruleId: 'low-income', message: '人均收入偏低' }] };
  const { unmount } = render(<HouseholdCard household={warned} />);
  expect(screen.getByText(/人均收入偏低/)).toBeTruthy();
  unmount();
  render(<HouseholdCard household={warned} showWarnings={false} />);
  expect(screen.queryByText(/人均收入偏低/)).toBeNull();
});
