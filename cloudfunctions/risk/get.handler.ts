import type { ActionInput } from '../../shared/src/contract/define-function';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { NOT_FOUND_MESSAGE, reportInScope } from './risk-case-workflow';
import { riskReportsCollection } from './risk-collections';
import { toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/** A report with its steps, deadlines and what the caller may do; out of scope is NOT_FOUND. */
export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const r = await ctx.store.collection(riskReportsCollection).get(input.reportId);
  if (!r || !reportInScope(ctx.scope, caller, r)) throw notFound(NOT_FOUND_MESSAGE);
  return toReportView(ctx, caller, r);
}
