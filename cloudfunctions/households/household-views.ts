import { folderColour } from '../../shared/src/households/household-category';
import { HIDDEN_ID_NUMBER } from '../../shared/src/privacy/mask';
import type { Doc } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import type { HouseholdDoc } from './household-collections';
import type { IdViewer } from './id-number-shown';
import { idNumberShown } from './id-number-shown';

/** Age this year from the birth year (the birth date is not kept: it narrowed ID numbers down). */
function ageIn(birthYear: number | null, today: Date): number | null {
  return birthYear ? today.getUTCFullYear() - birthYear : null;
}

type Viewer = IdViewer & Pick<HandlerContext, 'clock'>;

/**
 * The household as the family and cadres see it: ID numbers and phones masked. Answers of
 * writes pass `idNumbers: 'hidden'`: they are kept for idempotent replays, and storage must hold
 * no digit of an ID number (the cadre reads the last 4 with `get`).
 */
export function toHouseholdView(
  h: Doc<HouseholdDoc>,
  villageName: string | null,
  viewer: Viewer,
  idNumbers: 'by-role' | 'hidden' = 'by-role',
) {
  const today = viewer.clock.now();
  return {
    householdId: h._id,
    version: h._version,
    villageId: h.villageId,
    villageName,
    townId: h.townId,
    headName: h.headName,
    address: h.address,
    category: h.category,
    monitorType: h.monitorType,
    folderColour: folderColour(h.category),
    members: h.members.map((m) => ({
      memberId: m.memberId,
      name: m.name,
      relation: m.relation,
      idNumberMasked: idNumbers === 'hidden' ? HIDDEN_ID_NUMBER : idNumberShown(m.idNumber, viewer),
      phoneMasked: m.phone?.masked ?? null,
      age: ageIn(m.birthYear, today),
      health: m.health,
      disabledSince: m.disabledSince,
      schoolStage: m.schoolStage,
    })),
    annualIncome: h.annualIncome,
    incomePerHead: h.incomePerHead,
    expenses: h.expenses,
    warnings: h.warnings,
    demo: h.demo,
    updatedAt: h.updatedAt,
  };
}

export function toHouseholdSummary(
  h: Doc<HouseholdDoc>,
  villageName: string | null,
  viewer: IdViewer,
) {
  const head = h.members.find((m) => m.relation === 'head') ?? h.members[0];
  return {
    householdId: h._id,
    villageId: h.villageId,
    villageName,
    headName: h.headName,
    category: h.category,
    monitorType: h.monitorType,
    folderColour: folderColour(h.category),
    incomePerHead: h.incomePerHead,
    warnings: h.warnings,
    updatedAt: h.updatedAt,
    memberCount: h.memberCount,
    headIdNumberMasked: head ? idNumberShown(head.idNumber, viewer) : '',
  };
}
