/** Pages of the officials' 防返贫监测 subpackage (app.config.ts `packages/risk-work`). */
export const RISK_QUEUE_PATH = '/packages/risk-work/pages/queue/index';
export const RISK_STATS_PATH = '/packages/risk-work/pages/stats/index';

export function riskCasePath(reportId: string): string {
  return `/packages/risk-work/pages/case/index?id=${encodeURIComponent(reportId)}`;
}

export function riskPlanPath(reportId: string): string {
  return `/packages/risk-work/pages/plan/index?id=${encodeURIComponent(reportId)}`;
}
