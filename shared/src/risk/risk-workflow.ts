import type { WorkflowDef } from '../review-workflow/workflow-definition';
import type { RiskStatus } from './risk-statuses';

/**
 * Deadlines of the identification procedure, kept as data. Defaults from Gansu's 一键报贫 rules
 * (RULES-monitoring.md A6): village check ≤5 working days of submission, decision told ≤5 working
 * days after the check, whole identification ≤15 working days, the 一户一策 plan "及时" (5 working
 * days here, demo). Elimination review times are demo values the city confirms.
 */
export const RISK_DEADLINES = {
  villageCheck: 5,
  villageDecisionNotice: 5,
  wholeIdentification: 15,
  plan: 5,
  eliminationTown: 5,
  eliminationCity: 5,
  /** 村内公示: at least 5 calendar days, no ID number, phone, bank account or health detail. */
  publicityDays: 5,
} as const;

const GANSU = '甘肃一键报贫：村级核实5个工作日，全程15个工作日';

/**
 * The 返贫风险 review, as data for the engine: 村监测 → 镇审核 → 市审定, then the 119 plan, then
 * 风险消除 along the same three levels (the village proposes it with `proposeElimination`).
 */
export const RISK_WORKFLOW: WorkflowDef<RiskStatus> = {
  name: 'risk',
  stages: [
    {
      status: 'submitted',
      level: 'village',
      roles: ['village_cadre'],
      approveTo: 'village_verified',
      mayReturn: true,
      mayReject: true,
      deadline: { from: 'entered', workingDays: 5, source: GANSU },
      label: '村里入户核实',
    },
    {
      status: 'village_verified',
      level: 'town',
      roles: ['town_reviewer'],
      approveTo: 'town_reviewed',
      mayReturn: true,
      mayReject: true,
      deadline: { from: 'submitted', workingDays: 15, source: GANSU },
      label: '镇上审核',
    },
    {
      status: 'town_reviewed',
      level: 'city',
      roles: ['city_approver', 'admin'],
      approveTo: 'city_approved',
      mayReturn: true,
      mayReject: true,
      deadline: { from: 'submitted', workingDays: 15, source: GANSU },
      label: '市里审定',
    },
    {
      status: 'elimination_proposed',
      level: 'town',
      roles: ['town_reviewer'],
      approveTo: 'elimination_town_reviewed',
      mayReturn: true,
      mayReject: false,
      returnTo: 'assisting',
      deadline: { from: 'entered', workingDays: 5, source: '演示：风险消除镇审核5个工作日' },
      label: '镇上审核风险消除',
    },
    {
      status: 'elimination_town_reviewed',
      level: 'city',
      roles: ['city_approver', 'admin'],
      approveTo: 'resolved',
      mayReturn: true,
      mayReject: false,
      returnTo: 'assisting',
      deadline: { from: 'entered', workingDays: 5, source: '演示：风险消除市审定5个工作日' },
      label: '市里审定风险消除',
    },
  ],
  done: ['resolved'],
  returned: 'returned',
  rejected: 'rejected',
  appealTo(rejectedAt) {
    switch (rejectedAt) {
      // 村里不同意 → 直接向乡镇申请复核 (Gansu 2021).
      case 'submitted':
        return { status: 'village_verified', sameLevel: false };
      case 'village_verified':
        return { status: 'town_reviewed', sameLevel: false };
      // There is no level above the city in the app: another city approver decides.
      case 'town_reviewed':
        return { status: 'town_reviewed', sameLevel: true };
      default:
        return null;
    }
  },
  maxAppeals: 1,
  appealWithinWorkingDays: 10,
};

/** The 119 plan's deadline after 市审定, and the stage that waits for it. */
export const PLAN_DEADLINE = {
  from: 'entered',
  workingDays: RISK_DEADLINES.plan,
  source: '一户一策帮扶计划：市审定后5个工作日（演示）',
} as const;
