import type { ActionInput } from '../../shared/src/contract/define-function';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import { rankPolicies } from '../../shared/src/policies/search-policies';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { loadCurrentPolicies } from './load-current-policies';
import { toPolicySummary } from './policy-views';

type Actions = typeof policiesContract.actions;

/** Everyday words (上学, 看病, 贷款) over title, summary, FAQ and keywords, best matches first. */
export async function search(input: ActionInput<Actions, 'search'>, ctx: HandlerContext) {
  const policies = await loadCurrentPolicies(ctx.store);
  const ranked = rankPolicies(policies, input.q);
  return { items: ranked.map(toPolicySummary) };
}
