import { z } from 'zod';
import { DeadlineView } from '../review-workflow/deadline-view';
import { OrgUnitId } from '../org/org-units';
import { PageInput } from '../validation/common-fields';
import {
  AccidentOutcome,
  ClaimProxyRelation,
  ClaimStatus,
  ClaimType,
  DocumentItem,
} from './claim-schemas';
import { AMOUNT_KEYS } from './claim-schemes';

const AmountKey = z.enum(AMOUNT_KEYS);
const Yuan = z.number().int().min(0);
const Count = z.number().int().min(0);
/** The level whose turn it is: the family (returned / may appeal), a level of government, the insurer. */
export const ClaimWaitingFor = z.enum(['family', 'village', 'town', 'insurer', 'city']);
const Level = z.enum(['village', 'town', 'insurer', 'city']);

/** One line of the payout (`payout-rule.ts`). */
export const PayoutLineView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('amount'),
    key: AmountKey,
    label: z.string(),
    sign: z.enum(['add', 'subtract']),
    amount: Yuan,
  }),
  z.object({ kind: z.literal('base'), label: z.string(), amount: Yuan }),
  z.object({ kind: z.literal('deductible'), amount: Yuan, remainder: Yuan }),
  z.object({
    kind: z.literal('slice'),
    from: Yuan,
    to: Yuan.nullable(),
    base: Yuan,
    ratePercent: z.number().int(),
    amountFen: z.number().int().min(0),
  }),
  z.object({ kind: z.literal('subtotal'), amount: Yuan }),
  z.object({
    kind: z.literal('cap'),
    yearlyCap: Yuan,
    paidThisYear: Yuan,
    left: Yuan,
    applied: z.boolean(),
  }),
]);

export const EstimateView = z.object({ payout: Yuan, lines: z.array(PayoutLineView) });

export const SchemesView = z.object({
  scheme: z.object({
    id: z.string(),
    label: z.string(),
    isDemo: z.boolean(),
    note: z.string(),
    source: z.string(),
  }),
  types: z.array(
    z.object({
      type: ClaimType,
      label: z.string(),
      hint: z.string(),
      icon: z.string(),
      amounts: z.array(
        z.object({
          key: AmountKey,
          label: z.string(),
          hint: z.string(),
          sign: z.enum(['add', 'subtract']),
        }),
      ),
      deductible: Yuan,
      bands: z.array(z.object({ width: Yuan.nullable(), ratePercent: z.number().int() })),
      yearlyCap: Yuan,
    }),
  ),
});

export const ClaimQueueInput = z
  .object({
    /** `todo`: what waits for the caller's level, by due date; `all`: everything in scope, newest first. */
    view: z.enum(['todo', 'all']).default('todo'),
    status: ClaimStatus.optional(),
    type: ClaimType.optional(),
    villageId: OrgUnitId.optional(),
    /** One household's claims (the 户情 360° page), with `view: 'all'`. */
    householdId: z.string().min(1).max(80).optional(),
    overdueOnly: z.boolean().default(false),
    ...PageInput,
  })
  .strict();

export const ClaimSummary = z.object({
  claimId: z.string(),
  version: z.number().int(),
  status: ClaimStatus,
  type: ClaimType,
  householdId: z.string(),
  villageId: z.string(),
  villageName: z.string().nullable(),
  townId: z.string(),
  /** The person the claim is for. */
  subjectName: z.string(),
  estimate: Yuan,
  assessedAmount: Yuan.nullable(),
  approvedAmount: Yuan.nullable(),
  late: z.boolean(),
  proxy: z.boolean(),
  isAppeal: z.boolean(),
  submittedAt: z.string(),
  updatedAt: z.string(),
  waitingFor: ClaimWaitingFor.nullable(),
  deadline: DeadlineView.nullable(),
  demo: z.boolean(),
});

export const ClaimStepView = z.object({
  at: z.string(),
  kind: z.enum([
    'submitted',
    'approved',
    'returned',
    'rejected',
    'resubmitted',
    'appealed',
    'paid',
  ]),
  from: ClaimStatus.nullable(),
  to: ClaimStatus.nullable(),
  actorRole: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
});

export const ClaimDocumentView = z.object({
  item: DocumentItem,
  label: z.string(),
  files: z.array(z.object({ fileId: z.string(), url: z.string() })),
  /** The village's check of this item (null before it). */
  check: z.object({ state: z.enum(['ok', 'missing']), note: z.string() }).nullable(),
});

export const ClaimView = ClaimSummary.extend({
  filedBy: z.object({
    name: z.string(),
    role: z.string(),
    relation: ClaimProxyRelation.nullable(),
  }),
  incidentOn: z.string(),
  accidentOutcome: AccidentOutcome.nullable(),
  amounts: z.partialRecord(AmountKey, Yuan),
  estimateLines: z.array(PayoutLineView),
  documents: z.array(ClaimDocumentView),
  /** What the checklist still lacks (`checklistCompleteness`). */
  missing: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      need: z.number().int(),
      items: z.array(DocumentItem),
    }),
  ),
  bank: z.object({ name: z.string(), accountLast4: z.string() }),
  consent: z.object({ version: z.string(), purpose: z.string(), at: z.string() }),
  survey: z
    .object({ surveyedOn: z.string(), assessedAmount: Yuan, note: z.string(), byName: z.string() })
    .nullable(),
  publicity: z.object({ startsOn: z.string(), endsOn: z.string(), ended: z.boolean() }).nullable(),
  payment: z
    .object({ paidOn: z.string(), reference: z.string(), dueOn: z.string().nullable() })
    .nullable(),
  returnNote: z.string().nullable(),
  rejection: z
    .object({
      at: z.string(),
      level: Level,
      reason: z.string(),
      appealTo: Level.nullable(),
      appealBy: z.string().nullable(),
    })
    .nullable(),
  appeal: z.object({ at: z.string(), reason: z.string(), toLevel: Level }).nullable(),
  steps: z.array(ClaimStepView),
  can: z.object({
    review: z.boolean(),
    resubmit: z.boolean(),
    appeal: z.boolean(),
    markPaid: z.boolean(),
  }),
});

export const ClaimStatsView = z.object({
  scopeName: z.string(),
  total: Count,
  overdue: Count,
  byStatus: z.record(ClaimStatus, Count),
  byType: z.record(ClaimType, z.object({ claims: Count, approvedAmount: Yuan, paidAmount: Yuan })),
  byUnit: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      claims: Count,
      open: Count,
      overdue: Count,
      paidAmount: Yuan,
    }),
  ),
});

/** One approved claim in the 公示: the name masked (马*礼), the village and the amount only. */
export const ClaimPublicityView = z.object({
  claimId: z.string(),
  villageName: z.string().nullable(),
  maskedName: z.string(),
  type: ClaimType,
  approvedAmount: Yuan,
  startsOn: z.string(),
  endsOn: z.string(),
});
