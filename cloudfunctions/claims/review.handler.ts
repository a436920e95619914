import {
  checklistCompleteness,
  DOCUMENT_ITEMS,
  itemsFor,
} from '../../shared/src/claims/claim-documents';
import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import { claimPublicity } from '../../shared/src/claims/claim-workflow';
import type { ActionInput } from '../../shared/src/contract/define-function';
import type { Doc } from '../platform/ports/store';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import type { WarningRule } from '../../shared/src/households/warning-rules';
import { loadWarningRules } from '../households/household-warnings';
import { capLeft, capYearOf } from './claim-cap';
import { addApprovedClaimExpense } from './claim-household-expense';
import { claimInScope, STALE_MESSAGE } from './claim-case-workflow';
import type { ClaimDoc, ItemCheckDoc } from './claim-collections';
import { claimsCollection } from './claim-collections';
import { claimEvent, claimNotice } from './claim-notices';
import { checkOwnClaimPhotos } from './check-claim-photos';
import { runClaimTransition } from './claim-transition';
import { claimLevelOf, toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;
type Input = ActionInput<Actions, 'review'>;

export const APPROVED_USE_MARK_PAID = '这件理赔市里已审定，公示结束后请用「登记赔付」。';

/** The item's label with what is wrong: 「报销结算单（拍得不清楚）」. */
function missingText(item: keyof typeof DOCUMENT_ITEMS, note: string): string {
  const label = DOCUMENT_ITEMS[item].label;
  return note ? `${label}（${note}）` : label;
}

/**
 * The village's per-item check, against the claim's papers: every attached paper is checked, only
 * papers of this claim's checklist. Returns what the family must add: the papers marked missing and
 * the checklist's papers not attached at all.
 */
export function villageCheck(
  c: ClaimDoc,
  input: Input,
): { checks: ItemCheckDoc[]; missing: string[] } {
  const checks = input.checks;
  if (!checks)
    throw invalid({ checks: '请逐项核对材料：每一项是齐全还是缺少' }, '请先逐项核对材料。');
  const allowed = new Set<string>(
    itemsFor(c.type, { proxy: c.proxy, accidentOutcome: c.accidentOutcome ?? undefined }),
  );
  const byItem = new Map(checks.map((k) => [k.item, k]));
  for (const [i, k] of checks.entries())
    if (!allowed.has(k.item)) throw invalid({ [`checks.${i}.item`]: '这种理赔没有这项材料' });
  const unchecked = c.documents.filter((d) => !byItem.has(d.item));
  if (unchecked.length)
    throw invalid(
      {
        checks: `还有材料没有核对：${unchecked.map((d) => DOCUMENT_ITEMS[d.item].label).join('、')}`,
      },
      '每一项交上来的材料都要核对。',
    );
  const missing = checks
    .filter((k) => k.state === 'missing')
    .map((k) => missingText(k.item, k.note));
  // Papers the checklist needs that were not attached at all (and not already marked missing).
  const attachedOk = c.documents.filter((d) => byItem.get(d.item)?.state === 'ok');
  const completeness = checklistCompleteness(
    c.type,
    { proxy: c.proxy, accidentOutcome: c.accidentOutcome ?? undefined },
    attachedOk,
  );
  for (const r of completeness.missing)
    if (!r.items.some((i) => byItem.get(i)?.state === 'missing')) missing.push(r.label);
  return { checks: checks.map((k) => ({ item: k.item, state: k.state, note: k.note })), missing };
}

/** What a return asks the family for: 「请补充：报销结算单（note）」, then the reviewer's note. */
export function returnNoteOf(missing: readonly string[], note: string): string {
  if (!missing.length) return note;
  return `请补充：${missing.join('、')}${note ? `。${note}` : ''}`;
}

/**
 * A reviewer's decision at the claim's stage. 村核材料: every attached paper checked, approval only
 * when all are ok and the checklist is complete, a return lists what is missing. 保险查勘: the
 * approval carries the survey and the assessed amount. 市审定: the approved amount, at most what is
 * left of the household's yearly cap; then the 公示 and the payment's due date. `reject` needs a
 * reason at every level. An approved claim is finished with `markPaid`.
 */
export async function review(input: Input, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  for (const [field, text] of [
    ['note', input.note],
    ['survey.note', input.survey?.note ?? ''],
  ] as const) {
    if (!text) continue;
    const v = await ctx.contentCheck.checkText(text);
    if (!v.ok) throw invalid({ [field]: v.reason }, v.reason);
  }
  if (input.survey)
    await checkOwnClaimPhotos(
      ctx.store,
      caller.userId,
      input.survey.photoFileIds,
      'survey.photoFileIds',
    );
  // The cap left and the warning rules are read before the transaction (only documents by id
  // there), and only for the city's approval.
  let left: number | null = null;
  let rules: WarningRule[] = [];
  if (input.approvedAmount !== undefined && input.decision === 'approve') {
    const c = await ctx.store.collection(claimsCollection).get(input.claimId);
    if (c?.householdId && c.status === 'surveyed' && claimInScope(ctx.scope, caller, c)) {
      left = await capLeft(ctx.store, c.householdId, c.type, now, c._id);
      rules = await loadWarningRules(ctx.store);
    }
  }
  const decision = input.decision;
  const updated = await runClaimTransition(ctx, {
    id: input.claimId,
    expectedVersion: input.expectedVersion,
    move: (c) =>
      c.status === 'approved'
        ? { kind: 'stay', when: [], refusal: APPROVED_USE_MARK_PAID }
        : { kind: 'decide', decision },
    step: {
      kind: decision === 'approve' ? 'approved' : decision === 'return' ? 'returned' : 'rejected',
      note: input.note || (decision === 'approve' && input.survey ? input.survey.note : null),
    },
    check(c) {
      const stage: ClaimStatus = c.status;
      if (stage !== 'reported' && input.checks)
        throw invalid({ checks: '只有村里核对材料时才逐项核对' });
      if (input.survey && !(stage === 'town_reviewed' && decision === 'approve'))
        throw invalid({ survey: '查勘结果由保险公司查勘通过时填写' });
      if (input.approvedAmount !== undefined && !(stage === 'surveyed' && decision === 'approve'))
        throw invalid({ approvedAmount: '审定金额由市里审定通过时填写' });
      if (decision !== 'approve') return;
      if (stage === 'town_reviewed' && !input.survey)
        throw invalid({ survey: '请填写查勘情况和核定金额' }, '通过前要先记录入户查勘情况。');
      if (stage === 'surveyed') {
        if (input.approvedAmount === undefined)
          throw invalid({ approvedAmount: '请填写审定赔付金额' }, '请填写审定赔付金额。');
        // Read before the transaction at another version: look again.
        if (left === null) throw conflict(STALE_MESSAGE);
        if (input.approvedAmount > left)
          throw invalid(
            {
              approvedAmount: `超过了这户今年剩下的赔付额度（还剩${left}元）`,
            },
            `审定金额不能超过这户今年剩下的赔付额度${left}元。`,
          );
      }
    },
    async patch(c, _next, tx): Promise<Partial<Doc<ClaimDoc>>> {
      if (decision === 'reject')
        return {
          rejection: {
            at: nowIso,
            level: claimLevelOf(c.status) ?? 'village',
            reason: input.note,
            byId: caller.userId,
          },
        };
      const village = c.status === 'reported' ? villageCheck(c, input) : null;
      if (decision === 'return') {
        const returnNote = returnNoteOf(village?.missing ?? [], input.note);
        return { returnNote, ...(village ? { checks: village.checks } : {}) };
      }
      switch (c.status) {
        case 'reported': {
          const missing = village?.missing ?? [];
          if (missing.length)
            throw invalid(
              { checks: `材料还不齐：缺少${missing.join('、')}，不能通过；请退回让家里补充` },
              '材料还不齐，不能通过；请退回让家里补充。',
            );
          return { checks: village?.checks ?? null };
        }
        case 'town_reviewed': {
          const s = input.survey;
          if (!s) return {};
          return {
            survey: {
              surveyedOn: s.surveyedOn,
              assessedAmount: s.assessedAmount,
              note: s.note,
              photoFileIds: s.photoFileIds,
              byId: caller.userId,
              byName: caller.name ?? '保险公司查勘员',
            },
          };
        }
        case 'surveyed':
          await addApprovedClaimExpense(tx, c, rules, now);
          return {
            approvedAmount: input.approvedAmount ?? null,
            approvedAt: nowIso,
            approvedYear: capYearOf(now),
            publicity: claimPublicity(now),
          };
        default:
          return {};
      }
    },
    event: (c, to) => claimEvent(c, to),
    notice: (c, to) => claimNotice(c, to),
  });
  return toClaimView(ctx, caller, updated);
}
