import type { z } from 'zod';
import type {
  HouseholdCategory,
  MonitorType,
} from '../../shared/src/households/household-category';
import type {
  ExpenseInput,
  HealthStatus,
  Relation,
  SchoolStage,
} from '../../shared/src/households/household-schemas';
import type { JoinRequestStatus } from '../../shared/src/households/join-requests';
import type { Warning, WarningRule } from '../../shared/src/households/warning-rules';
import { defineCollection } from '../platform/ports/store';
import type { SealedIdNumber, SealedValue } from '../platform/runtime/sealed-value';

export interface MemberDoc {
  memberId: string;
  name: string;
  relation: z.infer<typeof Relation>;
  /** Ciphertext + keyed hash only: nothing of the number is stored in plain text. */
  idNumber: SealedIdNumber;
  /** Enough for ages; the full birth date would narrow the ID number down (issue 11). */
  birthYear: number | null;
  phone: SealedValue | null;
  health: z.infer<typeof HealthStatus>;
  disabledSince: string | null;
  schoolStage: z.infer<typeof SchoolStage>;
}

export interface HouseholdDoc {
  villageId: string;
  townId: string;
  headName: string;
  /** Keyed hash of the head's ID-number last 4, for the cadres' search box (never the digits). */
  headIdLast4Hash: string;
  address: string;
  category: HouseholdCategory;
  monitorType: MonitorType | null;
  members: MemberDoc[];
  memberCount: number;
  annualIncome: number;
  incomePerHead: number;
  expenses: Array<z.infer<typeof ExpenseInput>>;
  /** Evaluated on every write with the rules then in force. */
  warnings: Array<Pick<Warning, 'ruleId' | 'severity' | 'message'>>;
  hasWarnings: boolean;
  /** When a monitored household is next due for review (category changes set it). */
  reviewDueAt: string | null;
  consentVersion: string;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

export interface InvitationDoc {
  householdId: string;
  villageId: string;
  expiresAt: string;
  uses: number;
  createdBy: string;
}

export type WarningRuleDoc = WarningRule;

export const householdsCollection = defineCollection<HouseholdDoc>('households', [
  // The dashboard's one grouped count reads these alone (hasWarnings last: the warning count).
  { fields: ['villageId', 'category', 'monitorType', 'hasWarnings'] },
  { fields: ['townId', 'category', 'monitorType'] },
  { fields: ['category', 'monitorType'] },
  { fields: ['villageId', 'headName'] },
  { fields: ['townId', 'headName'] },
  { fields: ['headName'] },
  { fields: ['headIdLast4Hash'] },
  { fields: ['villageId', 'hasWarnings'] },
  { fields: ['townId', 'hasWarnings'] },
  { fields: ['hasWarnings'] },
  { fields: ['category', 'reviewDueAt'] },
]);

export const invitationsCollection = defineCollection<InvitationDoc>('household_invitations');
export const warningRulesCollection = defineCollection<WarningRuleDoc>('warning_rules');

/** One document per person (id = keyed hash of the ID number): a person belongs to one household. */
export interface MemberRegistryDoc {
  householdId: string;
  /** Where that household is, so a duplicate can be judged in or out of the caller's scope. */
  villageId?: string;
  townId?: string;
}
export const memberRegistryCollection = defineCollection<MemberRegistryDoc>(
  'household_member_ids',
  [{ fields: ['householdId'] }],
);

/**
 * A person (by ID hash) entered into a second household outside the entering cadre's scope: the
 * cadre is not told; the level that sees both households resolves it.
 */
export interface IdConflictDoc {
  idHash: string;
  memberId: string;
  householdId: string;
  villageId: string;
  townId: string;
  otherHouseholdId: string;
  otherVillageId: string;
  otherTownId: string;
  resolveAt: 'town' | 'city';
  status: 'open' | 'resolved';
  createdAt: string;
  createdBy: string | null;
  resolvedAt?: string;
  resolvedBy?: string;
}
export const idConflictsCollection = defineCollection<IdConflictDoc>('household_id_conflicts', [
  { fields: ['status', 'createdAt'] },
  { fields: ['townId', 'resolveAt', 'status', 'createdAt'] },
]);

/**
 * A request to link an account to a household, made with an invitation code. Nothing of the
 * household is shown to the requester, and the account is not linked, until the village cadre or
 * the household head approves it.
 */
export interface JoinRequestDoc {
  householdId: string;
  villageId: string;
  townId: string;
  userId: string;
  userName: string | null;
  code: string;
  status: JoinRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}
export const joinRequestsCollection = defineCollection<JoinRequestDoc>('household_join_requests', [
  { fields: ['householdId', 'status', 'createdAt'] },
  { fields: ['villageId', 'status', 'createdAt'] },
  { fields: ['userId', 'createdAt'] },
]);
