import type { ActionInput } from '../../shared/src/contract/define-function';
import { maskMobile } from '../../shared/src/privacy/mask';
import { RISK_CONSENT } from '../../shared/src/risk/risk-catalogue';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { householdsCollection } from '../households/household-collections';
import { createCase } from '../platform/review-workflow/create-case';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { sealValue } from '../platform/runtime/sealed-value';
import { checkOwnPhotos } from './check-photos';
import { RISK_CASES } from './risk-case-workflow';
import { plainDate } from './risk-dates';
import { toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

export const NO_HOUSEHOLD_MESSAGE =
  '您还没有关联家庭，请先在「我的家」关联家庭，或请村干部帮您申报。';

/**
 * A 返贫风险 report: a villager for their own household, anyone for someone else (代为申报: who
 * filed and their relation are recorded), or a village cadre for a household of their village
 * (基层干部排查). It waits for the village check, due in 5 working days.
 */
export async function submit(input: ActionInput<Actions, 'submit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const cadre = caller.role === 'village_cadre';

  let place: { villageId: string; townId: string; householdId: string | null };
  let subjectName: string;
  if (input.proxy) {
    // Nothing is looked up by name: the answer is the same whether such a household exists.
    const village = await ctx.store.collection(orgUnitsCollection).get(input.proxy.villageId);
    if (!village || village.level !== 'village' || !village.townId)
      throw invalid({ 'proxy.villageId': '请选择这位群众所在的村' });
    if (cadre && village._id !== caller.villageId)
      throw invalid({ 'proxy.villageId': '村干部只能为本村的群众代为申报' });
    place = { villageId: village._id, townId: village.townId, householdId: null };
    subjectName = input.proxy.name;
  } else {
    const householdId = input.householdId ?? (cadre ? null : caller.householdId);
    if (!householdId) {
      if (cadre) throw invalid({ householdId: '请选择要排查的户，或填写代申报的对象' });
      throw conflict(NO_HOUSEHOLD_MESSAGE);
    }
    const h = await ctx.store.collection(householdsCollection).get(householdId);
    const allowed = cadre ? h?.villageId === caller.villageId : householdId === caller.householdId;
    if (!h || !allowed) throw notFound('没有找到这户的档案。');
    place = { villageId: h.villageId, townId: h.townId, householdId: h._id };
    subjectName = h.headName;
  }

  const verdict = await ctx.contentCheck.checkText(input.description);
  if (!verdict.ok) throw invalid({ description: verdict.reason }, verdict.reason);
  await checkOwnPhotos(ctx.store, caller.userId, input.photoFileIds, 'photoFileIds');

  const doc = await ctx.store.transaction((tx) =>
    createCase(ctx, tx, RISK_CASES, {
      id: newId(),
      status: 'submitted',
      place,
      note: null,
      fields: {
        subjectName,
        filer: {
          userId: caller.userId,
          name: caller.name ?? (cadre ? '村干部' : '村民'),
          role: caller.role,
          relation: input.proxy?.relation ?? null,
          reason: input.proxy?.reason ?? null,
        },
        proxy: input.proxy !== undefined,
        risks: input.risks,
        disasterSubtype: input.disasterSubtype ?? null,
        occurredOn: input.occurredOn,
        description: input.description,
        estimatedCost: input.estimatedCost,
        photoFileIds: input.photoFileIds,
        contactPhone: input.contactPhone
          ? sealValue(input.contactPhone, maskMobile(input.contactPhone), ctx.dataKeys)
          : null,
        urgent: input.urgent,
        consent: { version: input.consent.version, purpose: RISK_CONSENT.purpose, at: now },
        visit: null,
        publicity: null,
        categoryBefore: null,
        monitorTypeBefore: null,
        monitorType: null,
        monitoredSince: null,
        returnNote: null,
        rejection: null,
        appeal: null,
        plan: null,
        elimination: null,
        demo: false,
        createdAt: now,
      },
      event: (d) => ({
        kind: 'risk.submitted',
        detail: d.dueOn ? `村里会在${plainDate(d.dueOn)}前上门核实。` : null,
      }),
    }),
  );
  return toReportView(ctx, caller, doc);
}
