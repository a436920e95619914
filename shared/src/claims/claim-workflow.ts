import type { WorkflowDef } from '../review-workflow/workflow-definition';
import type { LocalDate, WorkingCalendar } from '../review-workflow/working-days';
import { addWorkingDays, chinaDate, CHINA_WORKING_CALENDAR } from '../review-workflow/working-days';
import type { ClaimStatus } from './claim-statuses';

/**
 * Time limits of a claim, kept as data (RULES-monitoring.md B3, issue 14). The village check, the
 * insurer's survey and the payment come from the issue; the town and city review times are demo
 * values the city confirms.
 */
export const CLAIM_DEADLINES = {
  villageCheck: 5,
  townReview: 5,
  insurerSurvey: 3,
  cityApproval: 5,
  /** 村内公示 after the city approves: at least 5 calendar days, name masked, village, amount. */
  publicityDays: 5,
  /** Payment within 5 working days after the 公示 ends. */
  paymentAfterPublicity: 5,
  /** A disaster is reported within 24 hours (a Hubei scheme); later ones are accepted, marked late. */
  disasterReportHours: 24,
} as const;

/**
 * The 防贫保险 claim, as data for the review engine: 村核材料 → 镇审核 → 保险公司查勘 → 市审定 →
 * 公示 → 赔付. `approved` is a stage too: the insurer "approves" it by marking it paid, once the
 * 公示 has ended (`mayMarkPaid`; the engine has no time gate, the handler checks it).
 */
export const CLAIM_WORKFLOW: WorkflowDef<ClaimStatus> = {
  name: 'claims',
  stages: [
    {
      status: 'reported',
      level: 'village',
      roles: ['village_cadre'],
      approveTo: 'materials_checked',
      mayReturn: true,
      mayReject: true,
      deadline: {
        from: 'entered',
        workingDays: CLAIM_DEADLINES.villageCheck,
        source: '村里核对材料：5个工作日',
      },
      label: '村里核对材料',
    },
    {
      status: 'materials_checked',
      level: 'town',
      roles: ['town_reviewer'],
      approveTo: 'town_reviewed',
      mayReturn: true,
      mayReject: true,
      deadline: {
        from: 'entered',
        workingDays: CLAIM_DEADLINES.townReview,
        source: '演示：镇上审核5个工作日',
      },
      label: '镇上审核',
    },
    {
      status: 'town_reviewed',
      level: 'insurer',
      roles: ['insurer'],
      approveTo: 'surveyed',
      mayReturn: true,
      mayReject: true,
      deadline: {
        from: 'entered',
        workingDays: CLAIM_DEADLINES.insurerSurvey,
        source: '保险公司入户查勘：3个工作日（每单必查）',
      },
      label: '保险公司查勘',
    },
    {
      status: 'surveyed',
      level: 'city',
      roles: ['city_approver', 'admin'],
      approveTo: 'approved',
      mayReturn: true,
      mayReject: true,
      deadline: {
        from: 'entered',
        workingDays: CLAIM_DEADLINES.cityApproval,
        source: '演示：市里审定5个工作日',
      },
      label: '市里审定',
    },
    {
      status: 'approved',
      level: 'insurer',
      roles: ['insurer'],
      approveTo: 'paid',
      mayReturn: false,
      mayReject: false,
      // 公示 (calendar days) then 5 working days: the engine's rules count working days from one
      // recorded moment only, so the due date is `paymentDueOn` below.
      deadline: null,
      label: '保险公司赔付',
    },
  ],
  done: ['paid'],
  returned: 'returned',
  rejected: 'rejected',
  appealTo(rejectedAt) {
    switch (rejectedAt) {
      // One appeal, to the next level of the claim: village → town → insurer → city.
      case 'reported':
        return { status: 'materials_checked', sameLevel: false };
      case 'materials_checked':
        return { status: 'town_reviewed', sameLevel: false };
      case 'town_reviewed':
        return { status: 'surveyed', sameLevel: false };
      // There is no level above the city in the app: another city approver decides.
      case 'surveyed':
        return { status: 'surveyed', sameLevel: true };
      default:
        return null;
    }
  },
  maxAppeals: 1,
  appealWithinWorkingDays: 10,
};

function addCalendarDays(day: LocalDate, n: number): LocalDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The 公示 after the city approves: from the China date of approval, for 5 calendar days. */
export function claimPublicity(approvedAt: Date): { startsOn: LocalDate; endsOn: LocalDate } {
  const startsOn = chinaDate(approvedAt);
  return { startsOn, endsOn: addCalendarDays(startsOn, CLAIM_DEADLINES.publicityDays) };
}

/** The insurer may mark a claim paid only once its 公示 has ended (the day after `endsOn`). */
export function mayMarkPaid(approvedAt: Date, now: Date): boolean {
  return chinaDate(now) > claimPublicity(approvedAt).endsOn;
}

/** Payment is due 5 working days after the 公示 ends. */
export function paymentDueOn(
  approvedAt: Date,
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): LocalDate {
  return addWorkingDays(
    claimPublicity(approvedAt).endsOn,
    CLAIM_DEADLINES.paymentAfterPublicity,
    cal,
  );
}
