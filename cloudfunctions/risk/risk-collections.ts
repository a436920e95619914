import type {
  MonitorType,
  HouseholdCategory,
} from '../../shared/src/households/household-category';
import type {
  DisasterSubtype,
  EliminationMethod,
  MeasureStatus,
  ProxyRelation,
  RiskType,
  Sector,
} from '../../shared/src/risk/risk-catalogue';
import type { RiskStatus } from '../../shared/src/risk/risk-statuses';
import type { Role } from '../../shared/src/auth/roles';
import { defineCollection } from '../platform/ports/store';
import type { CasePhotoDoc } from '../platform/runtime/case-photos';
import type { CaseFields } from '../platform/review-workflow/case-doc';
import type { SealedValue } from '../platform/runtime/sealed-value';

export interface MeasureDoc {
  measureId: string;
  sector: Sector;
  title: string;
  department: string;
  responsible: string;
  dueOn: string;
  status: MeasureStatus;
  note: string | null;
  updatedAt: string;
}

/** A 返贫风险 report: the review-workflow case fields plus what the family and the cadres recorded. */
export interface RiskReportDoc extends CaseFields<RiskStatus> {
  /** The person the report is for: the household head, or the person named by a proxy filer. */
  subjectName: string;
  filer: {
    userId: string;
    name: string;
    role: Role;
    relation: ProxyRelation | null;
    reason: string | null;
  };
  proxy: boolean;
  risks: RiskType[];
  disasterSubtype: DisasterSubtype | null;
  occurredOn: string;
  description: string;
  estimatedCost: number;
  photoFileIds: string[];
  contactPhone: SealedValue | null;
  urgent: boolean;
  consent: { version: string; purpose: string; at: string };
  visit: {
    visitedOn: string;
    incomePerHead: number;
    confirmedRisks: RiskType[];
    note: string;
    photoFileIds: string[];
    byId: string;
    byName: string;
  } | null;
  publicity: { kind: 'identification' | 'elimination'; startsOn: string; endsOn: string } | null;
  categoryBefore: HouseholdCategory | null;
  monitorTypeBefore: MonitorType | null;
  monitorType: MonitorType | null;
  monitoredSince: string | null;
  returnNote: string | null;
  rejection: {
    at: string;
    level: 'village' | 'town' | 'city';
    reason: string;
    byId: string;
  } | null;
  appeal: { at: string; reason: string; toLevel: 'town' | 'city' } | null;
  plan: {
    text: string;
    insurance: { enrolled: boolean; policyNumber: string | null };
    measures: MeasureDoc[];
    setAt: string;
    setById: string;
    setByName: string;
    warnings: string[];
  } | null;
  elimination: {
    proposedAt: string;
    visitedOn: string;
    incomePerHead: number;
    method: EliminationMethod;
    note: string;
    resolvedAt: string | null;
  } | null;
  demo: boolean;
  createdAt: string;
}

export const riskReportsCollection = defineCollection<RiskReportDoc>('risk_reports', [
  { fields: ['townId', 'waitingFor', 'dueOn'] },
  { fields: ['villageId', 'waitingFor', 'dueOn'] },
  { fields: ['waitingFor', 'dueOn'] },
  { fields: ['householdId', 'submittedAt'] },
  { fields: ['filerId', 'submittedAt'] },
  { fields: ['villageId', 'submittedAt'] },
  { fields: ['townId', 'submittedAt'] },
  { fields: ['submittedAt'] },
  { fields: ['status'] },
  { fields: ['villageId', 'status'] },
  { fields: ['townId', 'status'] },
]);

/** A photo uploaded for a report or a visit; only its uploader may attach it. */
export type RiskUploadDoc = CasePhotoDoc;
export const riskUploadsCollection = defineCollection<RiskUploadDoc>('risk_uploads', [
  { fields: ['ownerId', 'createdAt'] },
  { fields: ['contentCheckTraceId'] },
]);

export const RISK_COLLECTIONS = [riskReportsCollection, riskUploadsCollection] as const;
