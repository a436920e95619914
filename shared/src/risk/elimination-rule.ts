import { chinaDate } from '../review-workflow/working-days';
import { incomeLineFor } from './income-lines';
import type { MemberForLabour } from './labour-capacity';
import { wholeHouseholdWithoutLabour } from './labour-capacity';
import type { MeasureStatus } from './risk-catalogue';

/** Months a household must have been monitored before 风险消除 (RULES-monitoring.md A9). */
export const MIN_MONITORED_MONTHS = 6;

export interface EliminationFacts {
  /** When the city approved monitoring (ISO instant). */
  monitoredSince: string;
  now: Date;
  measures: readonly { status: MeasureStatus }[];
  /** Per-capita net income the village found at the visit, yuan a year. */
  incomePerHead: number;
  members: readonly MemberForLabour[];
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Whether 风险消除 may be proposed, with every reason it may not, in plain words. All conditions
 * are required: monitored ≥ 6 months, ≥ 1 measure done, income at or above that year's line, and
 * not a household wholly without labour (those stay monitored even with social security).
 */
export function eliminationProblems(f: EliminationFacts): string[] {
  const problems: string[] = [];
  const since = chinaDate(new Date(f.monitoredSince));
  const earliest = addMonths(since, MIN_MONITORED_MONTHS);
  const today = chinaDate(f.now);
  if (today < earliest)
    problems.push(
      `纳入监测还不满${MIN_MONITORED_MONTHS}个月，${earliest.slice(0, 4)}年${Number(earliest.slice(5, 7))}月${Number(earliest.slice(8))}日以后才能申请风险消除。`,
    );
  if (!f.measures.some((m) => m.status === 'done'))
    problems.push('还没有一项帮扶措施办好，至少要有一项落实到位。');
  const line = incomeLineFor(Number(today.slice(0, 4)));
  if (f.incomePerHead < line.yuanPerPerson)
    problems.push(
      `家庭人均纯收入 ${f.incomePerHead} 元，低于${line.year}年的监测范围 ${line.yuanPerPerson} 元。`,
    );
  if (wholeHouseholdWithoutLabour(f.members))
    problems.push('全家都没有劳动能力，按规定不标注风险消除，继续跟踪帮扶。');
  return problems;
}
