import type { RiskType, Sector } from './risk-catalogue';
import { RISK_TYPES, SECTORS } from './risk-catalogue';

/**
 * Each confirmed risk needs a measure from one of these sectors — the checks the national system
 * and provincial platforms run (RULES-monitoring.md A8: 因病 → 健康帮扶/综合保障, 因学 → 教育,
 * 因安全住房 → 住房, 因安全饮水 → 饮水 …). `other` needs nothing in particular.
 */
export const RISK_NEEDS_SECTORS: Record<RiskType, readonly Sector[]> = {
  illness: ['health', 'medical_insurance', 'civil_affairs'],
  disability: ['disability', 'civil_affairs', 'health'],
  education: ['education'],
  disaster: ['housing', 'civil_affairs', 'agriculture'],
  accident: ['medical_insurance', 'health', 'civil_affairs'],
  business_failure: ['agriculture', 'employment'],
  unemployment: ['employment'],
  lack_of_labour: ['civil_affairs', 'employment'],
  housing: ['housing'],
  drinking_water: ['water'],
  other: [],
};

/** Warnings, in plain words, about a plan's measures against the confirmed risks. */
export function measureWarnings(input: {
  risks: readonly RiskType[];
  sectors: readonly Sector[];
  /** Whether someone in the household can work (a labour-capable family with only 民政 is flagged). */
  hasLabour: boolean;
}): string[] {
  const chosen = new Set(input.sectors);
  const warnings: string[] = [];
  for (const risk of input.risks) {
    const need = RISK_NEEDS_SECTORS[risk];
    if (need.length && !need.some((s) => chosen.has(s)))
      warnings.push(
        `${RISK_TYPES[risk].label}：还没有${need.map((s) => SECTORS[s].label).join('、')}方面的措施。`,
      );
  }
  if (input.hasLabour && chosen.size > 0 && [...chosen].every((s) => s === 'civil_affairs'))
    warnings.push('家里有能干活的人，只有民政兜底措施，请加上就业或产业帮扶。');
  return warnings;
}
