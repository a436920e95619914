import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { claimInScope, NOT_FOUND_MESSAGE } from './claim-case-workflow';
import { claimsCollection } from './claim-collections';
import { toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

/** A claim with its papers, steps, deadline and what the caller may do; out of scope is NOT_FOUND. */
export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const c = await ctx.store.collection(claimsCollection).get(input.claimId);
  if (!c || !claimInScope(ctx.scope, caller, c)) throw notFound(NOT_FOUND_MESSAGE);
  return toClaimView(ctx, caller, c);
}
