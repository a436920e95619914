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
import type { Warning, WarningRule } from '../../shared/src/households/warning-rules';
import { defineCollection } from '../platform/ports/store';
import type { SealedValue } from '../platform/runtime/sealed-value';

export interface MemberDoc {
  memberId: string;
  name: string;
  relation: z.infer<typeof Relation>;
  idNumber: SealedValue;
  birthDate: string;
  phone: SealedValue | null;
  health: z.infer<typeof HealthStatus>;
  disabledSince: string | null;
  schoolStage: z.infer<typeof SchoolStage>;
}

export interface HouseholdDoc {
  villageId: string;
  townId: string;
  headName: string;
  /** Last four characters of the head's ID number, for the cadres' search box. */
  headIdLast4: string;
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
  { fields: ['villageId', 'category', 'monitorType'] },
  { fields: ['townId', 'category', 'monitorType'] },
  { fields: ['category', 'monitorType'] },
  { fields: ['villageId', 'headName'] },
  { fields: ['townId', 'headName'] },
  { fields: ['headName'] },
  { fields: ['headIdLast4'] },
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
}
export const memberRegistryCollection = defineCollection<MemberRegistryDoc>(
  'household_member_ids',
  [{ fields: ['householdId'] }],
);
