const ROOT = '/packages/claims/pages';

/** 申请理赔: the one-question-per-screen form. */
export const CLAIM_FORM_PATH = `${ROOT}/index/index`;
/** 我的理赔. */
export const MY_CLAIMS_PATH = `${ROOT}/mine/index`;

/** One claim's progress. */
export function claimPath(claimId: string): string {
  return `${ROOT}/claim/index?claimId=${encodeURIComponent(claimId)}`;
}
