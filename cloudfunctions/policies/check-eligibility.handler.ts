import type { ActionInput } from '../../shared/src/contract/define-function';
import { ELIGIBILITY_RULES } from '../../shared/src/policies/eligibility-rules-data';
import { evaluateEligibility } from '../../shared/src/policies/evaluate-eligibility';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { loadCurrentPolicies } from './load-current-policies';

type Actions = typeof policiesContract.actions;

/**
 * Which policies a family can claim, from its answers, with reasons and next steps. Nothing is
 * stored: the answers are used for this one result and forgotten.
 */
export async function checkEligibility(
  input: ActionInput<Actions, 'checkEligibility'>,
  ctx: HandlerContext,
) {
  const policies = (await loadCurrentPolicies(ctx.store)).map((p) => ({
    policyId: p._id,
    title: p.title,
    category: p.category,
  }));
  return { matches: evaluateEligibility(input.answers, ELIGIBILITY_RULES, policies) };
}
