const ROOT = '/packages/risk/pages';

/** 返贫风险申报: the one-question-per-screen form. */
export const RISK_FORM_PATH = `${ROOT}/index/index`;
/** 我的申报. */
export const MY_RISK_REPORTS_PATH = `${ROOT}/mine/index`;
/** 村内公示. */
export const RISK_PUBLICITY_PATH = `${ROOT}/publicity/index`;

/** One report's progress. */
export function riskReportPath(reportId: string): string {
  return `${ROOT}/report/index?id=${encodeURIComponent(reportId)}`;
}
