import type { z } from 'zod';
import { checklistCompleteness, DOCUMENT_ITEMS } from '../../shared/src/claims/claim-documents';
import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { ClaimStepView, ClaimSummary, ClaimView } from '../../shared/src/claims/claim-views';
import { CLAIM_WORKFLOW, mayMarkPaid } from '../../shared/src/claims/claim-workflow';
import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { DeadlineStatus } from '../../shared/src/review-workflow/deadlines';
import { deadlineStatus } from '../../shared/src/review-workflow/deadlines';
import { stageOf } from '../../shared/src/review-workflow/workflow-definition';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Doc } from '../platform/ports/store';
import type { UserCaller } from '../platform/runtime/caller';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import type { ClaimDoc, ClaimLevel } from './claim-collections';

/** The level that decides at a status (null for statuses nobody reviews). */
export function claimLevelOf(status: ClaimStatus): ClaimLevel | null {
  return stageOf(CLAIM_WORKFLOW, status)?.level ?? null;
}

/** Whether the family may still appeal: rejected, not appealed yet, within the window. */
export function mayAppealClaim(c: ClaimDoc, now: Date): boolean {
  return (
    c.status === 'rejected' &&
    (c.dueOn === null || chinaDate(now) <= c.dueOn) &&
    c.appeals < CLAIM_WORKFLOW.maxAppeals &&
    c.rejectedAt !== null &&
    CLAIM_WORKFLOW.appealTo(c.rejectedAt) !== null
  );
}

/** Whether the caller is of the family: filed it, or belongs to its household. */
export function isFamily(c: ClaimDoc, caller: UserCaller): boolean {
  return (
    caller.role === 'villager' &&
    (c.filerId === caller.userId ||
      (caller.householdId !== null && c.householdId === caller.householdId))
  );
}

/** What the caller may do with the claim now (the client shows only these buttons). */
export function claimCanFor(c: ClaimDoc, caller: UserCaller, now: Date) {
  const stage = stageOf(CLAIM_WORKFLOW, c.status);
  return {
    // `approved` is finished with markPaid, not a review.
    review:
      stage !== null &&
      c.status !== 'approved' &&
      stage.roles.includes(caller.role) &&
      c.appealOf?.rejectedBy !== caller.userId,
    resubmit: c.status === 'returned' && c.filerId === caller.userId,
    appeal: isFamily(c, caller) && mayAppealClaim(c, now),
    markPaid:
      c.status === 'approved' &&
      caller.role === 'insurer' &&
      c.approvedAt !== null &&
      mayMarkPaid(new Date(c.approvedAt), now),
  };
}

function deadlineOf(c: ClaimDoc, now: Date): DeadlineStatus | null {
  if (!c.dueOn || !c.waitingFor) return null;
  return deadlineStatus(c.dueOn, now);
}

export function toClaimSummary(
  c: Doc<ClaimDoc>,
  villageName: string | null,
  now: Date,
): z.input<typeof ClaimSummary> {
  return {
    claimId: c._id,
    version: c._version,
    status: c.status,
    type: c.type,
    householdId: c.householdId ?? '',
    villageId: c.villageId,
    villageName,
    townId: c.townId,
    subjectName: c.subjectName,
    estimate: c.estimate,
    assessedAmount: c.survey?.assessedAmount ?? null,
    approvedAmount: c.approvedAmount,
    late: c.late,
    proxy: c.proxy,
    isAppeal: c.appealOf !== null,
    submittedAt: c.submittedAt,
    updatedAt: c.updatedAt,
    waitingFor: c.waitingFor,
    deadline: deadlineOf(c, now),
    demo: c.demo,
  };
}

export async function toClaimSummaries(ctx: HandlerContext, docs: Array<Doc<ClaimDoc>>) {
  const names = await orgUnitNames(
    ctx.store,
    docs.map((d) => d.villageId),
  );
  const now = ctx.clock.now();
  return docs.map((d) => toClaimSummary(d, names.get(d.villageId) ?? null, now));
}

export async function toClaimView(
  ctx: HandlerContext,
  caller: UserCaller,
  c: Doc<ClaimDoc>,
): Promise<z.input<typeof ClaimView>> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const villageName = (await orgUnitNames(ctx.store, [c.villageId])).get(c.villageId) ?? null;
  const text = (t: string, author: string | null) => freeTextFor(t, author, caller.userId);
  const steps: Array<z.input<typeof ClaimStepView>> = c.steps.map((s) => ({
    at: s.at,
    kind: s.kind as z.input<typeof ClaimStepView>['kind'],
    from: s.from,
    to: s.to,
    actorRole: s.actorRole,
    actorName: s.actorName,
    note: s.note === null ? null : text(s.note, s.actorId),
  }));
  const checks = new Map((c.checks ?? []).map((k) => [k.item, k]));
  const documents = await Promise.all(
    c.documents.map(async (d) => {
      const check = checks.get(d.item);
      return {
        item: d.item,
        label: DOCUMENT_ITEMS[d.item].label,
        files: await Promise.all(
          d.fileIds.map(async (fileId) => ({ fileId, url: await ctx.files.url(fileId) })),
        ),
        check: check ? { state: check.state, note: check.note } : null,
      };
    }),
  );
  const completeness = checklistCompleteness(
    c.type,
    { proxy: c.proxy, accidentOutcome: c.accidentOutcome ?? undefined },
    c.documents,
  );
  const appealTarget = c.rejectedAt ? CLAIM_WORKFLOW.appealTo(c.rejectedAt) : null;
  const appealable = mayAppealClaim(c, now);
  return {
    ...toClaimSummary(c, villageName, now),
    filedBy: { name: c.filer.name, role: c.filer.role, relation: c.filer.relation },
    incidentOn: c.incidentOn,
    accidentOutcome: c.accidentOutcome,
    amounts: c.amounts,
    estimateLines: c.estimateLines,
    documents,
    missing: completeness.missing,
    bank: { name: c.bank.name, accountLast4: c.bank.accountLast4 },
    consent: c.consent,
    survey: c.survey
      ? {
          surveyedOn: c.survey.surveyedOn,
          assessedAmount: c.survey.assessedAmount,
          note: text(c.survey.note, c.survey.byId),
          byName: c.survey.byName,
        }
      : null,
    publicity: c.publicity
      ? {
          startsOn: c.publicity.startsOn,
          endsOn: c.publicity.endsOn,
          ended: today > c.publicity.endsOn,
        }
      : null,
    payment: c.payment
      ? { paidOn: c.payment.paidOn, reference: c.payment.reference, dueOn: c.payment.dueOn }
      : null,
    returnNote: c.status === 'returned' ? c.returnNote : null,
    rejection: c.rejection
      ? {
          at: c.rejection.at,
          level: c.rejection.level,
          reason: text(c.rejection.reason, c.rejection.byId),
          appealTo: appealable && appealTarget ? claimLevelOf(appealTarget.status) : null,
          appealBy: appealable ? c.dueOn : null,
        }
      : null,
    appeal: c.appeal,
    steps,
    can: claimCanFor(c, caller, now),
  };
}
