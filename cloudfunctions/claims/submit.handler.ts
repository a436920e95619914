import { CLAIM_CONSENT, isLateReport } from '../../shared/src/claims/claim-schemas';
import { DEMO_CLAIM_SCHEME } from '../../shared/src/claims/claim-schemes';
import type { claimsContract } from '../../shared/src/claims/claims-contract';
import { computePayout } from '../../shared/src/claims/payout-rule';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import { householdsCollection } from '../households/household-collections';
import { createCase } from '../platform/review-workflow/create-case';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { requireUser } from '../platform/runtime/require-user';
import { sealIdNumber } from '../platform/runtime/sealed-value';
import { plainDate } from '../risk/risk-dates';
import { capYearOf, grantedThisYear } from './claim-cap';
import { CLAIM_CASES } from './claim-case-workflow';
import { checkOwnClaimPhotos } from './check-claim-photos';
import { toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

export const NO_HOUSEHOLD_MESSAGE = '您还没有关联家庭，请先在「我的家」关联家庭，再申请理赔。';

/**
 * 申请理赔 for the caller's household: for themselves, or for a member of it (替家人申请: who filed
 * and their relation are recorded, the authorisation paper is on the checklist). The papers'
 * photos must be the caller's own uploads; the bank account is sealed and shown by its last 4;
 * the consent is recorded. A disaster reported later than 24 h is accepted and marked late. It
 * waits for the village's check of the papers, due in 5 working days.
 */
export async function submit(input: ActionInput<Actions, 'submit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  if (
    input.incidentOn > chinaDate(now) ||
    (input.incidentAt && Date.parse(input.incidentAt) > now.getTime())
  )
    throw invalid({ incidentOn: '出事的日期不能是以后的日子，请核对' });
  if (!caller.householdId) throw conflict(NO_HOUSEHOLD_MESSAGE);
  const h = await ctx.store.collection(householdsCollection).get(caller.householdId);
  if (!h) throw notFound('没有找到您家的档案，请联系村干部。');

  let subjectName = caller.name ?? h.headName;
  if (input.proxy) {
    const name = input.proxy.name;
    if (!h.members.some((m) => m.name === name))
      throw invalid(
        { 'proxy.name': '户口上没有这个人，请核对名字' },
        '只能替本户的家庭成员申请理赔。',
      );
    subjectName = name;
  }
  for (const [i, d] of input.documents.entries())
    await checkOwnClaimPhotos(ctx.store, caller.userId, d.fileIds, `documents.${i}.fileIds`);

  const granted = await grantedThisYear(ctx.store, h._id, input.type, capYearOf(now));
  const payout = computePayout(input.type, input.amounts, granted);
  const late = isLateReport(
    input.type,
    { on: input.incidentOn, ...(input.incidentAt ? { at: input.incidentAt } : {}) },
    now,
  );

  const doc = await ctx.store.transaction((tx) =>
    createCase(ctx, tx, CLAIM_CASES, {
      id: newId(),
      status: 'reported',
      place: { villageId: h.villageId, townId: h.townId, householdId: h._id },
      note: late ? '灾后超过24小时才报案' : null,
      fields: {
        type: input.type,
        subjectName,
        filer: {
          userId: caller.userId,
          name: caller.name ?? '村民',
          role: caller.role,
          relation: input.proxy?.relation ?? null,
        },
        proxy: input.proxy !== undefined,
        incidentOn: input.incidentOn,
        incidentAt: input.incidentAt ?? null,
        accidentOutcome: input.accidentOutcome ?? null,
        amounts: input.amounts,
        estimate: payout.payout,
        estimateLines: payout.lines,
        capGroup: DEMO_CLAIM_SCHEME.types[input.type].rule.capGroup,
        documents: input.documents.map((d) => ({ item: d.item, fileIds: d.fileIds })),
        checks: null,
        bank: {
          name: input.bankName,
          account: sealIdNumber(input.bankAccount, ctx.dataKeys),
          accountLast4: input.bankAccount.slice(-4),
        },
        // The text the family agreed to is the one of that version, recorded with the time.
        consent: { version: input.consent.version, purpose: CLAIM_CONSENT.purpose, at: nowIso },
        late,
        insurerVisible: false,
        survey: null,
        approvedAmount: null,
        approvedAt: null,
        approvedYear: null,
        publicity: null,
        payment: null,
        returnNote: null,
        rejection: null,
        appeal: null,
        demo: false,
        createdAt: nowIso,
      },
      event: (d) => ({
        kind: 'claims.reported',
        detail: d.dueOn ? `村里会在${plainDate(d.dueOn)}前核对材料。` : null,
      }),
    }),
  );
  return toClaimView(ctx, caller, doc);
}
