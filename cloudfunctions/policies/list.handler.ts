import type { ActionInput } from '../../shared/src/contract/define-function';
import type { policiesContract } from '../../shared/src/policies/policies-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { policiesCollection } from './policy-collections';
import { toPolicySummary } from './policy-views';

type Actions = typeof policiesContract.actions;

export async function list(input: ActionInput<Actions, 'list'>, ctx: HandlerContext) {
  const page = await ctx.store
    .collection(policiesCollection)
    .find(input.category ? { category: input.category } : {}, {
      sort: [['order', 'asc']],
      limit: 1000,
    });
  return { items: page.items.map(toPolicySummary) };
}
