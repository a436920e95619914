import type { z } from 'zod';
import type { MemberInput } from '../../shared/src/households/household-schemas';
import type { WarningRule } from '../../shared/src/households/warning-rules';
import { maskMobile } from '../../shared/src/privacy/mask';
import { idNumberBirthDate } from '../../shared/src/validation/id-number';
import type { DataKeys } from '../platform/runtime/sealed-value';
import { idLast4Hash, sealIdNumber, sealValue } from '../platform/runtime/sealed-value';
import { newId } from '../platform/runtime/new-id';
import type { HouseholdDoc, MemberDoc } from './household-collections';
import { warningsFor } from './household-warnings';

export function buildMembers(
  members: Array<z.output<typeof MemberInput>>,
  keys: DataKeys,
  previous: MemberDoc[] = [],
): MemberDoc[] {
  return members.map((m) => {
    const sealed = sealIdNumber(m.idNumber, keys);
    // Keep a member's id stable across edits (matched by ID number).
    const before = previous.find((p) => p.idNumber.hash === sealed.hash);
    return {
      memberId: before?.memberId ?? newId().slice(0, 12),
      name: m.name,
      relation: m.relation,
      idNumber: sealed,
      birthYear: birthYearOf(m.idNumber),
      phone: m.phone ? sealValue(m.phone, maskMobile(m.phone), keys) : null,
      health: m.health,
      disabledSince: m.disabledSince,
      schoolStage: m.schoolStage,
    };
  });
}

function birthYearOf(idNumber: string): number | null {
  const birth = idNumberBirthDate(idNumber);
  return birth ? Number(birth.slice(0, 4)) : null;
}

/** The head's last-4 search key, made from the plain number while it is in hand (input or unsealed). */
export function headIdLast4HashOf(
  members: Array<{ relation: string; idNumber: string }>,
  keys: DataKeys,
): string {
  const head = members.find((m) => m.relation === 'head') ?? members[0];
  return head ? idLast4Hash(head.idNumber.slice(-4), keys) : '';
}

/** Derived fields kept in step with the facts on every write. */
export function derivedFields(
  doc: Pick<HouseholdDoc, 'members' | 'annualIncome' | 'expenses' | 'category'>,
  rules: readonly WarningRule[],
  today: Date,
): Pick<HouseholdDoc, 'headName' | 'memberCount' | 'incomePerHead' | 'warnings' | 'hasWarnings'> {
  const head = doc.members.find((m) => m.relation === 'head') ?? doc.members[0];
  const memberCount = doc.members.length;
  const incomePerHead = memberCount ? Math.round(doc.annualIncome / memberCount) : 0;
  const warnings = warningsFor({ ...doc, incomePerHead }, rules, today);
  return {
    headName: head?.name ?? '',
    memberCount,
    incomePerHead,
    warnings,
    hasWarnings: warnings.length > 0,
  };
}
