import { folderColour } from '../../shared/src/households/household-category';
import type { Doc } from '../platform/ports/store';
import type { HouseholdDoc } from './household-collections';

function ageOn(birthDate: string, today: Date): number | null {
  const [y, m, d] = birthDate.split('-').map(Number);
  if (!y || !m || !d) return null;
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d))
    age -= 1;
  return age;
}

/** The household as the family and cadres see it: ID numbers and phones masked. */
export function toHouseholdView(h: Doc<HouseholdDoc>, villageName: string | null, today: Date) {
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
      idNumberMasked: m.idNumber.masked,
      phoneMasked: m.phone?.masked ?? null,
      age: ageOn(m.birthDate, today),
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

export function toHouseholdSummary(h: Doc<HouseholdDoc>, villageName: string | null) {
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
    headIdNumberMasked: head?.idNumber.masked ?? '',
  };
}
