import { z } from 'zod';
import { OrgUnitId } from '../org/org-units';
import {
  IdNumberField,
  MobileField,
  PageInput,
  PersonNameField,
  textField,
} from '../validation/common-fields';
import { HouseholdCategory, MonitorType, categoryProblem } from './household-category';
import { RELATIONS } from './household-labels';

export const Relation = z.enum(RELATIONS);
export const HealthStatus = z.enum(['healthy', 'chronic', 'serious']);
export const SchoolStage = z.enum([
  'none',
  'preschool',
  'primary',
  'junior',
  'senior',
  'vocational',
  'college',
]);
export const ExpenseKind = z.enum(['medical', 'education', 'disaster', 'accident', 'other']);

export { RELATION_LABEL } from './household-labels';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31');

export const MemberInput = z
  .object({
    name: PersonNameField,
    relation: Relation,
    idNumber: IdNumberField,
    phone: MobileField.optional(),
    health: HealthStatus.default('healthy'),
    /** The date a disability was certified, or null. */
    disabledSince: IsoDate.nullable().default(null),
    schoolStage: SchoolStage.default('none'),
  })
  .strict();

export const ExpenseInput = z
  .object({
    kind: ExpenseKind,
    amount: z.number().int('金额请填整数（元）').min(1).max(10_000_000),
    date: IsoDate,
    note: textField(60, 0).optional(),
  })
  .strict();

/** Consent of the household to keeping health and income data (DESIGN.md §5). */
export const HOUSEHOLD_CONSENT_VERSION = 'household-data-2026-11';

const householdFields = {
  address: textField(100, 2),
  members: z.array(MemberInput).min(1, '至少要有一位家庭成员').max(20, '一户最多登记 20 人'),
  /** Yearly net income of the whole household, yuan. */
  annualIncome: z.number().int('金额请填整数（元）').min(0).max(100_000_000),
  expenses: z.array(ExpenseInput).max(50).default([]),
};

/**
 * A member in an edit: a new member carries their ID number; a member already on file may send
 * `memberId` instead and keep the stored number (the cadre only ever sees it masked). For a kept
 * member an omitted `phone` keeps the stored one and `null` clears it.
 */
export const UpdateMemberInput = MemberInput.extend({
  memberId: z.string().min(1).max(64).optional(),
  idNumber: IdNumberField.optional(),
  phone: MobileField.nullable().optional(),
}).superRefine((m, ctx) => {
  if (!m.memberId && m.idNumber === undefined)
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写身份证号' });
});

function checkMembers(
  members: Array<{ relation: string; idNumber?: string | undefined }>,
  ctx: z.RefinementCtx,
) {
  const heads = members.filter((m) => m.relation === 'head').length;
  if (heads !== 1)
    ctx.addIssue({ code: 'custom', path: ['members'], message: '每户要有且只有一位户主' });
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (m.idNumber === undefined) return;
    if (seen.has(m.idNumber))
      ctx.addIssue({
        code: 'custom',
        path: ['members', i, 'idNumber'],
        message: '同一户里身份证号重复了',
      });
    seen.add(m.idNumber);
  });
}

export const CreateHouseholdInput = z
  .object({
    villageId: OrgUnitId,
    category: HouseholdCategory,
    monitorType: MonitorType.nullable().default(null),
    ...householdFields,
    consentVersion: z.literal(HOUSEHOLD_CONSENT_VERSION, {
      error: '请先取得农户同意（户情信息采集告知书）',
    }),
  })
  .strict()
  .superRefine((v, ctx) => {
    checkMembers(v.members, ctx);
    const p = categoryProblem(v.category, v.monitorType);
    if (p) ctx.addIssue({ code: 'custom', path: ['monitorType'], message: p });
  });

export const UpdateHouseholdInput = z
  .object({
    householdId: z.string().min(1).max(64),
    /** The `version` the cadre edited; a newer stored version is a CONFLICT. */
    expectedVersion: z.number().int().min(1),
    address: householdFields.address.optional(),
    members: z
      .array(UpdateMemberInput)
      .min(1, '至少要有一位家庭成员')
      .max(20, '一户最多登记 20 人')
      .optional(),
    annualIncome: householdFields.annualIncome.optional(),
    expenses: z.array(ExpenseInput).max(50).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.members) checkMembers(v.members, ctx);
  });

export const ChangeCategoryInput = z
  .object({
    householdId: z.string().min(1).max(64),
    category: HouseholdCategory,
    monitorType: MonitorType.nullable().default(null),
    reason: textField(200, 2),
  })
  .strict()
  .superRefine((v, ctx) => {
    const p = categoryProblem(v.category, v.monitorType);
    if (p) ctx.addIssue({ code: 'custom', path: ['monitorType'], message: p });
  });

export const ListHouseholdsInput = z
  .object({
    villageId: OrgUnitId.optional(),
    category: HouseholdCategory.optional(),
    monitorType: MonitorType.optional(),
    /** The head's name (or its beginning), or the last 4 characters of the head's ID number. */
    q: textField(20).optional(),
    /** Only 三类户 past their review date (the dashboard's 到期未复核). */
    reviewOverdue: z.literal(true).optional(),
    ...PageInput,
  })
  .strict();

export const MemberView = z.object({
  memberId: z.string(),
  name: z.string(),
  relation: Relation,
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  age: z.number().int().nullable(),
  health: HealthStatus,
  disabledSince: z.string().nullable(),
  schoolStage: SchoolStage,
});

export const WarningView = z.object({
  ruleId: z.string(),
  severity: z.enum(['high', 'medium']),
  message: z.string(),
});

export const HouseholdView = z.object({
  householdId: z.string(),
  version: z.number().int(),
  villageId: z.string(),
  villageName: z.string().nullable(),
  townId: z.string(),
  headName: z.string(),
  address: z.string(),
  category: HouseholdCategory,
  monitorType: MonitorType.nullable(),
  folderColour: z.enum(['green', 'blue', 'red']),
  members: z.array(MemberView),
  annualIncome: z.number(),
  incomePerHead: z.number(),
  expenses: z.array(
    z.object({
      kind: ExpenseKind,
      amount: z.number(),
      date: z.string(),
      note: z.string().optional(),
    }),
  ),
  warnings: z.array(WarningView),
  demo: z.boolean(),
  updatedAt: z.string(),
});

export const HouseholdSummary = HouseholdView.pick({
  householdId: true,
  villageId: true,
  villageName: true,
  headName: true,
  category: true,
  monitorType: true,
  folderColour: true,
  incomePerHead: true,
  warnings: true,
  updatedAt: true,
}).extend({ memberCount: z.number().int(), headIdNumberMasked: z.string() });

export const TimelineEventView = z.object({
  eventId: z.string(),
  at: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  actorRole: z.string().nullable(),
});

export const CategoryCounts = z.object({
  general: z.number().int(),
  lifted: z.number().int(),
  monitored: z.number().int(),
  unstable: z.number().int(),
  marginal: z.number().int(),
  sudden_hardship: z.number().int(),
  total: z.number().int(),
});

export const DashboardView = z.object({
  scopeName: z.string(),
  totals: CategoryCounts,
  byVillage: z.array(
    CategoryCounts.extend({ villageId: z.string(), villageName: z.string(), townId: z.string() }),
  ),
  withWarnings: z.number().int(),
  overdueReviews: z.number().int(),
});
