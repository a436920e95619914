import type { z } from 'zod';
import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { DeadlineStatus } from '../../shared/src/review-workflow/deadlines';
import { deadlineStatus } from '../../shared/src/review-workflow/deadlines';
import { stageOf } from '../../shared/src/review-workflow/workflow-definition';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { RiskStatus } from '../../shared/src/risk/risk-statuses';
import { RISK_WORKFLOW } from '../../shared/src/risk/risk-workflow';
import type { ReportSummary, ReportView, StepView } from '../../shared/src/risk/risk-schemas';
import type { Doc } from '../platform/ports/store';
import type { Files } from '../platform/ports/files';
import type { UserCaller } from '../platform/runtime/caller';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import type { RiskReportDoc } from './risk-collections';

type Level = 'village' | 'town' | 'city';

/** The level that decides at a status (null for statuses nobody reviews). */
export function levelOf(status: RiskStatus): Level | null {
  const level = stageOf(RISK_WORKFLOW, status)?.level;
  return level === 'village' || level === 'town' || level === 'city' ? level : null;
}

/** Statuses from which a plan may be set: after 市审定, or from the start for the 绿色通道. */
export const PLAN_STATUSES: readonly RiskStatus[] = ['city_approved', 'assisting'];
export const GREEN_CHANNEL_PLAN_STATUSES: readonly RiskStatus[] = [
  'submitted',
  'village_verified',
  'town_reviewed',
  'city_approved',
  'assisting',
];
/** Statuses in which measures are still worked on. */
export const MEASURE_STATUSES_OPEN: readonly RiskStatus[] = [
  'submitted',
  'village_verified',
  'town_reviewed',
  'city_approved',
  'assisting',
  'elimination_proposed',
  'elimination_town_reviewed',
];

/** Whether the family may still appeal: rejected, not appealed yet, within the window. */
export function mayAppeal(r: RiskReportDoc, now: Date): boolean {
  return (
    r.status === 'rejected' &&
    (r.dueOn === null || chinaDate(now) <= r.dueOn) &&
    r.appeals < RISK_WORKFLOW.maxAppeals &&
    r.rejectedAt !== null &&
    RISK_WORKFLOW.appealTo(r.rejectedAt) !== null
  );
}

/** The roles that set and update a report's 119 plan (the levels that review it, and admin). */
const RISK_PLAN_ROLES = ['village_cadre', 'town_reviewer', 'city_approver', 'admin'] as const;

/** What the caller may do with the report now (the client shows only these buttons). */
export function canFor(r: RiskReportDoc, caller: UserCaller, now: Date) {
  const stage = stageOf(RISK_WORKFLOW, r.status);
  // Who works a 119 plan, named (not "anyone but villagers"): a new role gets nothing by default.
  const cadre = (RISK_PLAN_ROLES as readonly string[]).includes(caller.role);
  const family =
    caller.role === 'villager' &&
    (r.filerId === caller.userId ||
      (caller.householdId !== null && r.householdId === caller.householdId));
  const planStatuses = r.urgent ? GREEN_CHANNEL_PLAN_STATUSES : PLAN_STATUSES;
  return {
    review:
      stage !== null &&
      stage.roles.includes(caller.role) &&
      r.appealOf?.rejectedBy !== caller.userId,
    resubmit: r.status === 'returned' && r.filerId === caller.userId,
    appeal: family && mayAppeal(r, now),
    setPlan: cadre && planStatuses.includes(r.status),
    updateMeasure: cadre && r.plan !== null && MEASURE_STATUSES_OPEN.includes(r.status),
    proposeElimination: caller.role === 'village_cadre' && r.status === 'assisting',
  };
}

function deadlineOf(r: RiskReportDoc, now: Date): DeadlineStatus | null {
  if (!r.dueOn || !r.waitingFor) return null;
  return deadlineStatus(r.dueOn, now);
}

export function toReportSummary(
  r: Doc<RiskReportDoc>,
  villageName: string | null,
  now: Date,
): z.input<typeof ReportSummary> {
  return {
    reportId: r._id,
    version: r._version,
    status: r.status,
    householdId: r.householdId,
    villageId: r.villageId,
    villageName,
    townId: r.townId,
    subjectName: r.subjectName,
    risks: r.risks,
    urgent: r.urgent,
    proxy: r.proxy,
    isAppeal: r.appealOf !== null,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    waitingFor: r.waitingFor === 'insurer' ? null : r.waitingFor,
    deadline: deadlineOf(r, now),
    demo: r.demo,
  };
}

export async function toSummaries(ctx: HandlerContext, docs: Array<Doc<RiskReportDoc>>) {
  const names = await orgUnitNames(
    ctx.store,
    docs.map((d) => d.villageId),
  );
  const now = ctx.clock.now();
  return docs.map((d) => toReportSummary(d, names.get(d.villageId) ?? null, now));
}

async function photos(files: Files, ids: readonly string[]) {
  return Promise.all(ids.map(async (fileId) => ({ fileId, url: await files.url(fileId) })));
}

export async function toReportView(
  ctx: HandlerContext,
  caller: UserCaller,
  r: Doc<RiskReportDoc>,
): Promise<z.input<typeof ReportView>> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const villageName = (await orgUnitNames(ctx.store, [r.villageId])).get(r.villageId) ?? null;
  const viewer = caller.userId;
  const text = (t: string, author: string | null) => freeTextFor(t, author, viewer);
  const appealTarget = r.rejectedAt ? RISK_WORKFLOW.appealTo(r.rejectedAt) : null;
  const steps: Array<z.input<typeof StepView>> = r.steps.map((s) => ({
    at: s.at,
    kind: s.kind as z.input<typeof StepView>['kind'],
    from: s.from,
    to: s.to,
    actorRole: s.actorRole,
    actorName: s.actorName,
    note: s.note === null ? null : text(s.note, s.actorId),
  }));
  // A proxy filer outside the household is not told which household record it was linked to.
  const householdHidden =
    caller.role === 'villager' && r.householdId !== null && r.householdId !== caller.householdId;
  return {
    ...toReportSummary(r, villageName, now),
    ...(householdHidden ? { householdId: null } : {}),
    filedBy: {
      name: r.filer.name,
      role: r.filer.role,
      relation: r.filer.relation,
      proxyReason: r.filer.reason,
    },
    disasterSubtype: r.disasterSubtype,
    occurredOn: r.occurredOn,
    description: text(r.description, r.filer.userId),
    estimatedCost: r.estimatedCost,
    photos: await photos(ctx.files, r.photoFileIds),
    contactPhoneMasked: r.contactPhone?.masked ?? null,
    consent: r.consent,
    visit: r.visit
      ? {
          visitedOn: r.visit.visitedOn,
          incomePerHead: r.visit.incomePerHead,
          confirmedRisks: r.visit.confirmedRisks,
          note: text(r.visit.note, r.visit.byId),
          photos: await photos(ctx.files, r.visit.photoFileIds),
          byName: r.visit.byName,
        }
      : null,
    publicity: r.publicity
      ? {
          startsOn: r.publicity.startsOn,
          endsOn: r.publicity.endsOn,
          ended: today > r.publicity.endsOn,
        }
      : null,
    monitorType: r.monitorType,
    monitoredSince: r.monitoredSince,
    returnNote: r.status === 'returned' ? r.returnNote : null,
    rejection: r.rejection
      ? {
          at: r.rejection.at,
          level: r.rejection.level,
          reason: text(r.rejection.reason, r.rejection.byId),
          appealTo: mayAppeal(r, now) && appealTarget ? levelOf(appealTarget.status) : null,
          appealBy: mayAppeal(r, now) ? r.dueOn : null,
        }
      : null,
    appeal: r.appeal,
    plan: r.plan
      ? {
          text: r.plan.text,
          insurance: r.plan.insurance,
          measures: r.plan.measures.map((m) => ({
            ...m,
            overdue: m.status !== 'done' && today > m.dueOn,
          })),
          setAt: r.plan.setAt,
          setByName: r.plan.setByName,
          warnings: r.plan.warnings,
        }
      : null,
    planDeadline: r.status === 'city_approved' && r.plan === null ? deadlineOf(r, now) : null,
    elimination: r.elimination,
    steps,
    can: canFor(r, caller, now),
  };
}
