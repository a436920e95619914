import { z } from 'zod';
import type { HouseholdCategory } from './household-category';

/**
 * Early-warning rules are data (stored, editable by the city), evaluated by `evaluateWarnings`,
 * a pure function. Amounts are yuan; the defaults are illustrative demo values for the city to
 * set, not official lines.
 */
export const WarningSeverity = z.enum(['high', 'medium']);

export const WarningRule = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('income_per_head_below'),
    /** Yearly net income per person below this line. */
    threshold: z.number().min(0).max(1_000_000),
    severity: WarningSeverity,
    enabled: z.boolean(),
  }),
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('large_recent_expense'),
    /** One expense (medical, schooling, disaster …) of at least this amount … */
    amount: z.number().min(0).max(10_000_000),
    /** … within this many days. */
    withinDays: z.number().int().min(1).max(3650),
    severity: WarningSeverity,
    enabled: z.boolean(),
  }),
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('member_newly_disabled'),
    withinDays: z.number().int().min(1).max(3650),
    severity: WarningSeverity,
    enabled: z.boolean(),
  }),
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('serious_illness'),
    severity: WarningSeverity,
    enabled: z.boolean(),
  }),
]);
export type WarningRule = z.infer<typeof WarningRule>;

export const DEFAULT_WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'low-income',
    kind: 'income_per_head_below',
    threshold: 7_500,
    severity: 'high',
    enabled: true,
  },
  {
    id: 'big-expense',
    kind: 'large_recent_expense',
    amount: 20_000,
    withinDays: 90,
    severity: 'high',
    enabled: true,
  },
  {
    id: 'new-disability',
    kind: 'member_newly_disabled',
    withinDays: 180,
    severity: 'medium',
    enabled: true,
  },
  { id: 'serious-illness', kind: 'serious_illness', severity: 'medium', enabled: true },
];

/** What the rules look at: a household's facts, without names or ID numbers. */
export interface HouseholdFacts {
  category: HouseholdCategory;
  incomePerHead: number;
  expenses: ReadonlyArray<{ kind: string; amount: number; date: string }>;
  members: ReadonlyArray<{
    disabledSince: string | null;
    health: 'healthy' | 'chronic' | 'serious';
  }>;
}

export interface Warning {
  ruleId: string;
  kind: WarningRule['kind'];
  severity: z.infer<typeof WarningSeverity>;
  message: string;
}

const DAY_MS = 86_400_000;

function daysBetween(fromIsoDate: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(fromIsoDate)) / DAY_MS);
}

function yuan(n: number): string {
  return `${Math.round(n).toLocaleString('zh-CN')}元`;
}

export function evaluateWarnings(
  facts: HouseholdFacts,
  rules: readonly WarningRule[],
  today: Date,
): Warning[] {
  const out: Warning[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    switch (rule.kind) {
      case 'income_per_head_below':
        if (facts.incomePerHead < rule.threshold) {
          out.push({
            ruleId: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            message: `人均年收入${yuan(facts.incomePerHead)}，低于预警线${yuan(rule.threshold)}`,
          });
        }
        break;
      case 'large_recent_expense': {
        const big = facts.expenses
          .filter(
            (e) =>
              e.amount >= rule.amount &&
              daysBetween(e.date, today) <= rule.withinDays &&
              daysBetween(e.date, today) >= 0,
          )
          .sort((a, b) => b.amount - a.amount)[0];
        if (big) {
          out.push({
            ruleId: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            message: `近${rule.withinDays}天有一笔大额支出${yuan(big.amount)}`,
          });
        }
        break;
      }
      case 'member_newly_disabled': {
        const n = facts.members.filter(
          (m) =>
            m.disabledSince !== null &&
            daysBetween(m.disabledSince, today) <= rule.withinDays &&
            daysBetween(m.disabledSince, today) >= 0,
        ).length;
        if (n > 0) {
          out.push({
            ruleId: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            message: `近${rule.withinDays}天有${n}位家庭成员新致残`,
          });
        }
        break;
      }
      case 'serious_illness': {
        const n = facts.members.filter((m) => m.health === 'serious').length;
        if (n > 0) {
          out.push({
            ruleId: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            message: `有${n}位家庭成员患重大疾病`,
          });
        }
        break;
      }
    }
  }
  return out;
}
