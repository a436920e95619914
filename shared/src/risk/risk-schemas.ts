import { z } from 'zod';
import { DeadlineView } from '../review-workflow/deadline-view';
import { MonitorType } from '../households/household-category';
import { OrgUnitId } from '../org/org-units';
import { DECISIONS } from '../review-workflow/workflow-definition';
import { MobileField, PageInput, PersonNameField, textField } from '../validation/common-fields';
import {
  DISASTER_SUBTYPE_CODES,
  ELIMINATION_METHODS,
  GREEN_CHANNEL_RISKS,
  MEASURE_STATUSES,
  PROXY_RELATION_CODES,
  RISK_CONSENT,
  RISK_TYPE_CODES,
  SECTOR_CODES,
} from './risk-catalogue';
import { RISK_STATUSES } from './risk-statuses';

export const RiskType = z.enum(RISK_TYPE_CODES);
export const DisasterSubtype = z.enum(DISASTER_SUBTYPE_CODES);
export const ProxyRelation = z.enum(PROXY_RELATION_CODES);
export const Sector = z.enum(SECTOR_CODES);
export const MeasureStatus = z.enum(MEASURE_STATUSES);
export const RiskStatus = z.enum(RISK_STATUSES);
export const ReviewDecision = z.enum(DECISIONS);
export const EliminationMethod = z.enum(
  Object.keys(ELIMINATION_METHODS) as [
    keyof typeof ELIMINATION_METHODS,
    ...(keyof typeof ELIMINATION_METHODS)[],
  ],
);
/** The level whose turn it is: the family (returned / may appeal), a level of government, or nobody. */
export const WaitingFor = z.enum(['family', 'village', 'town', 'city']);

export const ReportId = z.string().min(1).max(80);
const HouseholdId = z.string().min(1).max(64);
const FileId = z.string().min(1).max(300);
export const LocalDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    '这个日期不存在',
  );
const Yuan = z
  .number()
  .int('金额请填整数（元）')
  .min(0, '金额不能是负数')
  .max(100_000_000, '金额太大了');
const Version = z.number().int().min(1);

const RiskList = z
  .array(RiskType)
  .min(1, '请至少选一种困难')
  .max(5, '最多选 5 种困难')
  .refine((a) => new Set(a).size === a.length, '同一种困难选了两次');

/** 代为申报: who the report is for when the filer is not (only) reporting their own household. */
export const ProxySubject = z
  .object({
    /** The filer's relation to the person at risk, recorded and shown. */
    relation: ProxyRelation,
    /** The person at risk (usually the head of their household). */
    name: PersonNameField,
    /** Their village; the village cadre links the report to the household record when visiting. */
    villageId: OrgUnitId,
    /** Why they cannot file themselves (年老 / 残疾 / 不识字 …). */
    reason: textField(40, 2),
  })
  .strict();

export const SubmitRiskInput = z
  .object({
    /**
     * A village cadre's 排查 names a household of their village. A villager leaves it out: the
     * report is for their own household, or with `proxy` for the person named there.
     */
    householdId: HouseholdId.optional(),
    proxy: ProxySubject.optional(),
    risks: RiskList,
    /** Required with `disaster` (因自然灾害子项). */
    disasterSubtype: DisasterSubtype.optional(),
    occurredOn: LocalDateField,
    description: textField(300, 4),
    /** Estimated cost or loss, whole 元. */
    estimatedCost: Yuan,
    photoFileIds: z.array(FileId).max(6, '最多 6 张照片').default([]),
    /** A phone to reach the family (stored sealed, shown masked). */
    contactPhone: MobileField.optional(),
    /** 绿色通道: urgent disaster or accident, help first and paperwork after. */
    urgent: z.boolean().default(false),
    consent: z
      .object({
        version: z.literal(RISK_CONSENT.version, { error: '请先阅读并同意授权查询家庭经济状况' }),
        agreed: z.literal(true, { error: '请先阅读并同意授权查询家庭经济状况' }),
      })
      .strict(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.risks.includes('disaster') && !v.disasterSubtype)
      ctx.addIssue({ code: 'custom', path: ['disasterSubtype'], message: '请选择是哪种自然灾害' });
    if (!v.risks.includes('disaster') && v.disasterSubtype)
      ctx.addIssue({
        code: 'custom',
        path: ['disasterSubtype'],
        message: '没有选自然灾害，不用选灾害种类',
      });
    if (v.urgent && !v.risks.some((r) => GREEN_CHANNEL_RISKS.includes(r)))
      ctx.addIssue({
        code: 'custom',
        path: ['urgent'],
        message: '只有自然灾害或意外事故可以走绿色通道',
      });
    if (v.householdId && v.proxy)
      ctx.addIssue({ code: 'custom', path: ['proxy'], message: '选了户就不用再填代申报对象' });
  });

/** 入户核实, recorded by the village cadre when approving at `submitted`. */
export const VisitInput = z
  .object({
    visitedOn: LocalDateField,
    /** 近12个月家庭人均纯收入, 元. */
    incomePerHead: Yuan,
    confirmedRisks: RiskList,
    note: textField(300, 2),
    photoFileIds: z.array(FileId).max(6, '最多 6 张照片').default([]),
    /** For a report filed by proxy or not yet linked: the household record the visit found. */
    householdId: HouseholdId.optional(),
  })
  .strict();

export const ReviewInput = z
  .object({
    reportId: ReportId,
    /** The `version` the reviewer looked at; someone else's decision since then is a CONFLICT. */
    expectedVersion: Version,
    decision: ReviewDecision,
    /** Required for `return` (what is missing) and `reject` (the reason). */
    note: textField(300, 0).default(''),
    /** Required when the village approves. */
    visit: VisitInput.optional(),
    /** When the city approves: the 三类户 kind (default: the rule's suggestion). */
    monitorType: MonitorType.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && v.note.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: v.decision === 'return' ? '请写明还需要补充什么' : '请写明不通过的原因',
      });
  });

export const ResubmitInput = z
  .object({
    reportId: ReportId,
    expectedVersion: Version,
    /** What the family added or changed, in their words. */
    answer: textField(300, 2),
    description: textField(300, 4).optional(),
    estimatedCost: Yuan.optional(),
    photoFileIds: z.array(FileId).max(6, '最多 6 张照片').optional(),
  })
  .strict();

export const AppealInput = z
  .object({ reportId: ReportId, expectedVersion: Version, reason: textField(300, 4) })
  .strict();

export const MeasureInput = z
  .object({
    /** Keep an existing measure's id when editing the plan; new measures leave it out. */
    measureId: z.string().min(1).max(40).optional(),
    sector: Sector,
    title: textField(60, 2),
    /** 责任单位 (default: the sector's department). */
    department: textField(40, 2).optional(),
    /** 责任人. */
    responsible: PersonNameField,
    dueOn: LocalDateField,
    status: MeasureStatus.default('planned'),
  })
  .strict();

export const SetPlanInput = z
  .object({
    reportId: ReportId,
    expectedVersion: Version,
    /** 一户一策. */
    planText: textField(1000, 10),
    insurance: z
      .object({ enrolled: z.boolean(), policyNumber: textField(40, 4).optional() })
      .strict(),
    measures: z.array(MeasureInput).min(1, '至少要有一项帮扶措施').max(20, '最多 20 项措施'),
  })
  .strict();

export const UpdateMeasureInput = z
  .object({
    reportId: ReportId,
    expectedVersion: Version,
    measureId: z.string().min(1).max(40),
    status: MeasureStatus,
    note: textField(200, 0).optional(),
  })
  .strict();

export const ProposeEliminationInput = z
  .object({
    reportId: ReportId,
    expectedVersion: Version,
    visitedOn: LocalDateField,
    incomePerHead: Yuan,
    method: EliminationMethod,
    note: textField(300, 2),
  })
  .strict();

export const QueueInput = z
  .object({
    /** `todo`: what waits for the caller's level, by due date; `all`: everything in scope, newest first. */
    view: z.enum(['todo', 'all']).default('todo'),
    status: RiskStatus.optional(),
    villageId: OrgUnitId.optional(),
    householdId: HouseholdId.optional(),
    overdueOnly: z.boolean().default(false),
    ...PageInput,
  })
  .strict();

// ---------------------------------------------------------------- views

export const StepView = z.object({
  at: z.string(),
  kind: z.enum([
    'submitted',
    'approved',
    'returned',
    'rejected',
    'resubmitted',
    'appealed',
    'plan_set',
    'measure_updated',
    'elimination_proposed',
  ]),
  from: RiskStatus.nullable(),
  to: RiskStatus.nullable(),
  actorRole: z.string(),
  /** Officials by name; a villager filer by name to their own household. */
  actorName: z.string(),
  note: z.string().nullable(),
});

export const MeasureView = z.object({
  measureId: z.string(),
  sector: Sector,
  title: z.string(),
  department: z.string(),
  responsible: z.string(),
  dueOn: z.string(),
  status: MeasureStatus,
  note: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
});

export const PlanView = z.object({
  text: z.string(),
  insurance: z.object({ enrolled: z.boolean(), policyNumber: z.string().nullable() }),
  measures: z.array(MeasureView),
  setAt: z.string(),
  setByName: z.string(),
  /** Plan/measure mismatches against the confirmed risks, as the national system flags them. */
  warnings: z.array(z.string()),
});

export const PhotoView = z.object({ fileId: z.string(), url: z.string() });

export const ReportSummary = z.object({
  reportId: z.string(),
  version: z.number().int(),
  status: RiskStatus,
  householdId: z.string().nullable(),
  villageId: z.string(),
  villageName: z.string().nullable(),
  townId: z.string(),
  /** The person the report is for (head of household, or the proxy's subject). */
  subjectName: z.string(),
  risks: z.array(RiskType),
  urgent: z.boolean(),
  proxy: z.boolean(),
  isAppeal: z.boolean(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  waitingFor: WaitingFor.nullable(),
  /** The current step's due date (null when nobody has to act by a date). */
  deadline: DeadlineView.nullable(),
  demo: z.boolean(),
});

export const ReportView = ReportSummary.extend({
  filedBy: z.object({
    name: z.string(),
    role: z.string(),
    /** Set when filed for someone else (代为申报). */
    relation: ProxyRelation.nullable(),
    proxyReason: z.string().nullable(),
  }),
  disasterSubtype: DisasterSubtype.nullable(),
  occurredOn: z.string(),
  description: z.string(),
  estimatedCost: z.number().int(),
  photos: z.array(PhotoView),
  contactPhoneMasked: z.string().nullable(),
  consent: z.object({ version: z.string(), purpose: z.string(), at: z.string() }),
  visit: z
    .object({
      visitedOn: z.string(),
      incomePerHead: z.number().int(),
      confirmedRisks: z.array(RiskType),
      note: z.string(),
      photos: z.array(PhotoView),
      byName: z.string(),
    })
    .nullable(),
  /** 村内公示 after the village check: at least 5 days; the town reviews after it ends. */
  publicity: z.object({ startsOn: z.string(), endsOn: z.string(), ended: z.boolean() }).nullable(),
  monitorType: MonitorType.nullable(),
  monitoredSince: z.string().nullable(),
  /** What the family must add (set while `returned`). */
  returnNote: z.string().nullable(),
  rejection: z
    .object({
      at: z.string(),
      level: z.enum(['village', 'town', 'city']),
      reason: z.string(),
      /** Whether the family may still appeal, and to which level. */
      appealTo: z.enum(['village', 'town', 'city']).nullable(),
      appealBy: z.string().nullable(),
    })
    .nullable(),
  appeal: z
    .object({ at: z.string(), reason: z.string(), toLevel: z.enum(['town', 'city']) })
    .nullable(),
  plan: PlanView.nullable(),
  /** Due date of the 119 plan after 市审定 (null before approval or once set). */
  planDeadline: DeadlineView.nullable(),
  elimination: z
    .object({
      proposedAt: z.string(),
      visitedOn: z.string(),
      incomePerHead: z.number().int(),
      method: EliminationMethod,
      note: z.string(),
      resolvedAt: z.string().nullable(),
    })
    .nullable(),
  steps: z.array(StepView),
  /** What the caller may do now (the client shows only these buttons). */
  can: z.object({
    review: z.boolean(),
    resubmit: z.boolean(),
    appeal: z.boolean(),
    setPlan: z.boolean(),
    updateMeasure: z.boolean(),
    proposeElimination: z.boolean(),
  }),
});

export const Count = z.number().int().min(0);

export const StatsView = z.object({
  scopeName: z.string(),
  total: Count,
  byStatus: z.record(RiskStatus, Count),
  open: Count,
  overdue: Count,
  dueSoon: Count,
  byRiskType: z.record(RiskType, Count),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      open: Count,
      overdue: Count,
      monitored: Count,
      resolved: Count,
    }),
  ),
});

/** 村内公示 as villagers of the village see it: no ID number, phone, bank account or health detail. */
export const PublicityView = z.object({
  reportId: z.string(),
  villageName: z.string().nullable(),
  headName: z.string(),
  memberCount: z.number().int().nullable(),
  kind: z.enum(['identification', 'elimination']),
  startsOn: z.string(),
  endsOn: z.string(),
});
