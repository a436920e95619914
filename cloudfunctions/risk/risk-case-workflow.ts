import { PLAN_DEADLINE, RISK_WORKFLOW } from '../../shared/src/risk/risk-workflow';
import type { RiskStatus } from '../../shared/src/risk/risk-statuses';
import type { Doc } from '../platform/ports/store';
import type { CaseWorkflow } from '../platform/review-workflow/run-transition';
import type { UserCaller } from '../platform/runtime/caller';
import type { Scope } from '../platform/runtime/scope';
import { inScope } from '../platform/runtime/scope';
import type { RiskReportDoc } from './risk-collections';
import { riskReportsCollection } from './risk-collections';

export const NOT_FOUND_MESSAGE = '没有找到这件申报。';
export const STALE_MESSAGE = '别人刚处理过这件申报，请刷新后再看。';

/** A villager sees their household's reports and those they filed; cadres their area. */
export function reportInScope(scope: Scope, caller: UserCaller, r: Doc<RiskReportDoc>): boolean {
  const own =
    r.filerId === caller.userId || (caller.householdId !== null && r.householdId === caller.householdId);
  return inScope(scope, r, own);
}

/** The 返贫风险 workflow bound to its collection (the persistence layer is generic). */
export const RISK_CASES: CaseWorkflow<RiskStatus, RiskReportDoc> = {
  def: RISK_WORKFLOW,
  collection: riskReportsCollection,
  waiting: {
    // After 市审定 the village sets the 119 plan within 5 working days.
    city_approved: { waitingFor: 'village', deadline: PLAN_DEADLINE },
    // While assisting, each measure has its own due date; no step waits.
    assisting: { waitingFor: null, deadline: null },
  },
  entity: 'risk_report',
  idKey: 'reportId',
  inScope: reportInScope,
  messages: { notFound: NOT_FOUND_MESSAGE, stale: STALE_MESSAGE },
};
