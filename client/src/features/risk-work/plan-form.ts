import { measureWarnings } from '@shared/risk/measure-matching';
import { canWork, type MemberForLabour } from '@shared/risk/labour-capacity';
import {
  SECTORS,
  type MeasureStatus,
  type RiskType,
  type Sector,
} from '@shared/risk/risk-catalogue';
import type { PlanView, ReportView, SetPlanPayload } from './risk-work-api';

export interface MeasureDraft {
  /** Local key for the list; `measureId` is the server's id of an existing measure. */
  key: string;
  measureId: string | null;
  sector: Sector;
  title: string;
  department: string;
  responsible: string;
  dueOn: string;
  status: MeasureStatus;
}

export interface PlanForm {
  planText: string;
  enrolled: boolean;
  policyNumber: string;
  measures: MeasureDraft[];
}

let nextKey = 0;
export function newMeasure(sector: Sector, dueOn: string): MeasureDraft {
  nextKey += 1;
  return {
    key: `m${nextKey}`,
    measureId: null,
    sector,
    title: '',
    department: SECTORS[sector].department,
    responsible: '',
    dueOn,
    status: 'planned',
  };
}

export function planFormFrom(plan: PlanView | null): PlanForm {
  if (!plan) return { planText: '', enrolled: false, policyNumber: '', measures: [] };
  return {
    planText: plan.text,
    enrolled: plan.insurance.enrolled,
    policyNumber: plan.insurance.policyNumber ?? '',
    measures: plan.measures.map((m) => ({
      key: m.measureId,
      measureId: m.measureId,
      sector: m.sector,
      title: m.title,
      department: m.department,
      responsible: m.responsible,
      dueOn: m.dueOn,
      status: m.status,
    })),
  };
}

/** The risks the plan answers: those the village confirmed, else those reported. */
export function planRisks(report: ReportView): readonly RiskType[] {
  return report.visit?.confirmedRisks ?? report.risks;
}

/** Mismatch warnings as the national system gives them, while the plan is edited. */
export function liveWarnings(
  report: ReportView,
  form: PlanForm,
  members: readonly MemberForLabour[] | null,
): string[] {
  return measureWarnings({
    risks: planRisks(report),
    sectors: form.measures.map((m) => m.sector),
    // Unknown household: assume labour, so a 民政-only plan is still questioned.
    hasLabour: members === null ? true : members.some(canWork),
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** SetPlanInput's rules as sentences, keyed like the server's field paths. */
export function checkPlanForm(form: PlanForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const text = form.planText.trim();
  if (text.length < 10) errors.planText = '一户一策至少写10个字，写清楚怎么帮。';
  if (text.length > 1000) errors.planText = '一户一策最多1000字。';
  if (form.enrolled && form.policyNumber.trim() && form.policyNumber.trim().length < 4)
    errors['insurance.policyNumber'] = '保单号至少4位。';
  if (form.measures.length === 0) errors.measures = '至少要有一项帮扶措施。';
  if (form.measures.length > 20) errors.measures = '最多 20 项措施。';
  form.measures.forEach((m, i) => {
    if (m.title.trim().length < 2) errors[`measures.${i}.title`] = '请写措施名称。';
    if (m.responsible.trim().length < 2) errors[`measures.${i}.responsible`] = '请写责任人姓名。';
    if (m.department.trim().length < 2) errors[`measures.${i}.department`] = '请写责任单位。';
    if (!DATE.test(m.dueOn.trim()))
      errors[`measures.${i}.dueOn`] = '请填完成日期，例如 2026-12-31。';
  });
  return errors;
}

export function planPayload(report: ReportView, form: PlanForm): SetPlanPayload {
  const policyNumber = form.policyNumber.trim();
  return {
    reportId: report.reportId,
    expectedVersion: report.version,
    planText: form.planText.trim(),
    insurance: {
      enrolled: form.enrolled,
      ...(form.enrolled && policyNumber ? { policyNumber } : {}),
    },
    measures: form.measures.map((m) => ({
      ...(m.measureId ? { measureId: m.measureId } : {}),
      sector: m.sector,
      title: m.title.trim(),
      department: m.department.trim(),
      responsible: m.responsible.trim(),
      dueOn: m.dueOn.trim(),
      status: m.status,
    })),
  };
}
