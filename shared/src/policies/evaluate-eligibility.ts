import type { EligibilityAnswers } from './eligibility-answers';
import type { Condition, EligibilityRule } from './eligibility-rule';
import type { NextStepTarget, PolicyCategory } from './policy-labels';

/** What the evaluator needs to know about a policy (its current published version). */
export interface EligibilityPolicy {
  policyId: string;
  title: string;
  category: PolicyCategory;
}

export interface EligibilityNextStep {
  label: string;
  target: NextStepTarget;
  policyId?: string;
}

export interface EligibilityMatch {
  policyId: string;
  title: string;
  category: PolicyCategory;
  /** Why it applies, one line per matching rule, de-duplicated, in rule order. */
  reasons: string[];
  nextSteps: EligibilityNextStep[];
}

/**
 * The value at a dotted path (`inSchool.senior`) in the answers, or `undefined` when any step of
 * the path is not an own property of a plain object. Only own properties count, so a rule can
 * never reach `constructor`, `__proto__` or other inherited names.
 */
function valueAt(answers: EligibilityAnswers, path: string): unknown {
  let current: unknown = answers;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function holds(answers: EligibilityAnswers, condition: Condition): boolean {
  const value = valueAt(answers, condition.field);
  if (value === undefined) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) {
    return (typeof value === 'string' || typeof value === 'number') && condition.in.includes(value);
  }
  return typeof value === 'number' && value >= condition.atLeast;
}

function ruleMatches(answers: EligibilityAnswers, rule: EligibilityRule): boolean {
  return rule.when.every((condition) => holds(answers, condition));
}

function sameStep(a: EligibilityNextStep, b: EligibilityNextStep): boolean {
  return a.label === b.label && a.target === b.target && a.policyId === b.policyId;
}

/**
 * Which policies the answers point to. One entry per matched policy, in the order of `policies`;
 * each lists the reasons of all its matching rules and their next steps without repeats. Rules
 * for a policy not in `policies` (unpublished, retired) are ignored.
 */
export function evaluateEligibility(
  answers: EligibilityAnswers,
  rules: readonly EligibilityRule[],
  policies: ReadonlyArray<EligibilityPolicy>,
): EligibilityMatch[] {
  const matchedRules = rules.filter((rule) => ruleMatches(answers, rule));
  const matches: EligibilityMatch[] = [];
  const seen = new Set<string>();
  for (const policy of policies) {
    if (seen.has(policy.policyId)) continue;
    seen.add(policy.policyId);
    const own = matchedRules.filter((rule) => rule.policyId === policy.policyId);
    if (own.length === 0) continue;
    const reasons: string[] = [];
    const nextSteps: EligibilityNextStep[] = [];
    for (const rule of own) {
      if (!reasons.includes(rule.reason)) reasons.push(rule.reason);
      const step: EligibilityNextStep = {
        label: rule.nextStep.label,
        target: rule.nextStep.target,
      };
      if (rule.nextStep.policyId !== undefined) step.policyId = rule.nextStep.policyId;
      if (!nextSteps.some((s) => sameStep(s, step))) nextSteps.push(step);
    }
    matches.push({
      policyId: policy.policyId,
      title: policy.title,
      category: policy.category,
      reasons,
      nextSteps,
    });
  }
  return matches;
}
