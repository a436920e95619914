import type { Role } from '../../shared/src/auth/roles';
import type { AccidentOutcome, DocumentItem } from '../../shared/src/claims/claim-documents';
import type { ClaimType } from '../../shared/src/claims/claim-schemes';
import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { ClaimAmounts, PayoutLine } from '../../shared/src/claims/payout-rule';
import type { ProxyRelation } from '../../shared/src/risk/risk-catalogue';
import { defineCollection } from '../platform/ports/store';
import type { CaseFields } from '../platform/review-workflow/case-doc';
import type { CasePhotoDoc } from '../platform/runtime/case-photos';
import type { SealedIdNumber } from '../platform/runtime/sealed-value';

/** The levels that decide a claim (the insurer is one of them). */
export type ClaimLevel = 'village' | 'town' | 'insurer' | 'city';

/** A paper of the checklist with the photos of it. */
export interface ClaimDocumentDoc {
  item: DocumentItem;
  fileIds: string[];
}

/** The village's check of one paper. */
export interface ItemCheckDoc {
  item: DocumentItem;
  state: 'ok' | 'missing';
  note: string;
}

/** A 防贫保险 claim: the review-workflow case fields plus what the family and the reviewers recorded. */
export interface ClaimDoc extends CaseFields<ClaimStatus> {
  type: ClaimType;
  /** The person the claim is for: the filer, or the family member named by a proxy filer. */
  subjectName: string;
  filer: { userId: string; name: string; role: Role; relation: ProxyRelation | null };
  proxy: boolean;
  incidentOn: string;
  incidentAt: string | null;
  accidentOutcome: AccidentOutcome | null;
  amounts: ClaimAmounts;
  /** The payout rule's answer when filed (and again when resubmitted), with its lines. */
  estimate: number;
  estimateLines: PayoutLine[];
  /** Which yearly cap the claim counts against (`PayoutRuleDef.capGroup`). */
  capGroup: string;
  documents: ClaimDocumentDoc[];
  /** The village's per-item check (null before it; a replaced paper's check is dropped). */
  checks: ItemCheckDoc[] | null;
  /** The account is sealed (ciphertext + keyed hash, like ID numbers); only its last 4 is shown. */
  bank: { name: string; account: SealedIdNumber; accountLast4: string };
  consent: { version: string; purpose: string; at: string };
  /** A disaster reported more than 24 h after the event (accepted, marked). */
  late: boolean;
  /** Reached `town_reviewed` once: from then on the insurer sees it (and never before). */
  insurerVisible: boolean;
  survey: {
    surveyedOn: string;
    assessedAmount: number;
    note: string;
    photoFileIds: string[];
    byId: string;
    byName: string;
  } | null;
  approvedAmount: number | null;
  approvedAt: string | null;
  /** China year of the city's approval: what counts against that year's cap. */
  approvedYear: number | null;
  publicity: { startsOn: string; endsOn: string } | null;
  payment: { paidOn: string; reference: string; dueOn: string | null; byId: string } | null;
  returnNote: string | null;
  rejection: { at: string; level: ClaimLevel; reason: string; byId: string } | null;
  appeal: { at: string; reason: string; toLevel: ClaimLevel } | null;
  demo: boolean;
  createdAt: string;
}

export const claimsCollection = defineCollection<ClaimDoc>('claims', [
  { fields: ['townId', 'waitingFor', 'dueOn'] },
  { fields: ['villageId', 'waitingFor', 'dueOn'] },
  { fields: ['waitingFor', 'dueOn'] },
  { fields: ['householdId', 'approvedYear'] },
  { fields: ['householdId', 'submittedAt'] },
  { fields: ['filerId', 'submittedAt'] },
  { fields: ['insurerVisible', 'submittedAt'] },
  { fields: ['villageId', 'submittedAt'] },
  { fields: ['townId', 'submittedAt'] },
  { fields: ['submittedAt'] },
  { fields: ['villageId', 'approvedAt'] },
  { fields: ['townId', 'approvedAt'] },
  { fields: ['approvedAt'] },
]);

/** A photo uploaded for a claim's papers or the insurer's survey; only its uploader may attach it. */
export type ClaimUploadDoc = CasePhotoDoc;
export const claimUploadsCollection = defineCollection<ClaimUploadDoc>('claim_uploads', [
  { fields: ['ownerId', 'createdAt'] },
  { fields: ['contentCheckTraceId'] },
]);

export const CLAIM_COLLECTIONS = [claimsCollection, claimUploadsCollection] as const;
