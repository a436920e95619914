import { render, screen } from '@testing-library/react';
import { CategoryChangeForm } from './category-change-form';
import type { HouseholdView } from './households-api';

const household: HouseholdView = {
  householdId: 'hh-1',
  version: 1,
  villageId: 'village-zheqiao-qimou',
  villageName: '祁牟村',
  townId: 'town-zheqiao',
  headName: '马福祥',
  address: '祁牟村一社',
  category: 'lifted',
  monitorType: null,
  folderColour: 'blue',
  members: [],
  annualIncome: 20000,
  incomePerHead: 5000,
  expenses: [],
  warnings: [],
  demo: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
};

test('a cadre can no longer move a household into 三类户 by hand: the form points to 返贫风险监测', () => {
  render(<CategoryChangeForm household={household} onChanged={jest.fn()} />);
  const form = screen.getByTestId('category-change');
  const offered = [...form.querySelectorAll('[data-category]')].map((el) =>
    el.getAttribute('data-category'),
  );
  expect(offered).toEqual(['general', 'lifted']);
  expect(form.querySelector('[data-monitor-type]')).toBeNull();
  expect(screen.getByTestId('category-monitored-hint').textContent).toContain('返贫风险监测');
});

test('a 三类户 cannot be moved out here either: only the sentence and the way to 返贫风险监测', () => {
  render(
    <CategoryChangeForm
      household={{
        ...household,
        category: 'monitored',
        monitorType: 'marginal',
        folderColour: 'red',
      }}
      onChanged={jest.fn()}
    />,
  );
  expect(screen.queryByTestId('category-submit')).toBeNull();
  expect(document.querySelector('[data-category]')).toBeNull();
  expect(screen.getByTestId('category-monitored-hint').textContent).toContain('风险消除');
});
