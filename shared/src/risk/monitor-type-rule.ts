import type { HouseholdCategory, MonitorType } from '../households/household-category';
import { incomeLineFor } from './income-lines';

/**
 * Which 三类户 kind a household becomes on 市审定 (RULES-monitoring.md A2): a 脱贫户 within the line
 * → 脱贫不稳定户; another household within the line → 边缘易致贫户; above the line (a sudden jump in
 * costs or fall in income) → 突发严重困难户. The city approver may choose otherwise.
 */
export function suggestedMonitorType(input: {
  categoryBefore: HouseholdCategory;
  incomePerHead: number;
  year: number;
}): MonitorType {
  const line = incomeLineFor(input.year).yuanPerPerson;
  if (input.incomePerHead > line) return 'sudden_hardship';
  return input.categoryBefore === 'lifted' ? 'unstable' : 'marginal';
}
