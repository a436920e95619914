import type { WarningRule } from '../../shared/src/households/warning-rules';
import { DEFAULT_WARNING_RULES, evaluateWarnings } from '../../shared/src/households/warning-rules';
import type { Store } from '../platform/ports/store';
import type { HouseholdDoc } from './household-collections';
import { warningRulesCollection } from './household-collections';

/** The rules in force: the stored ones, or the defaults until the city has set its own. */
export async function loadWarningRules(store: Store): Promise<WarningRule[]> {
  const stored = await store.collection(warningRulesCollection).find({}, { limit: 100 });
  if (!stored.items.length) return [...DEFAULT_WARNING_RULES];
  return stored.items.map(({ _id: _i, _version: _v, ...rule }) => rule);
}

export function warningsFor(
  doc: Pick<HouseholdDoc, 'category' | 'incomePerHead' | 'expenses' | 'members'>,
  rules: readonly WarningRule[],
  today: Date,
) {
  return evaluateWarnings(
    {
      category: doc.category,
      incomePerHead: doc.incomePerHead,
      expenses: doc.expenses,
      members: doc.members.map((m) => ({ disabledSince: m.disabledSince, health: m.health })),
    },
    rules,
    today,
  ).map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
}
