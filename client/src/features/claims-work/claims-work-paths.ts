/** Pages of the officials' 理赔审核 subpackage (app.config.ts `packages/claims-work`). */
export const CLAIMS_QUEUE_PATH = '/packages/claims-work/pages/queue/index';
export const CLAIMS_STATS_PATH = '/packages/claims-work/pages/stats/index';

export function claimCasePath(claimId: string): string {
  return `/packages/claims-work/pages/case/index?id=${encodeURIComponent(claimId)}`;
}
