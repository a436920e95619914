/** Pages of the policies subpackage (app.config.ts lists them). */
const ROOT = '/packages/policies/pages';

export const POLICY_LIST_PATH = `${ROOT}/index/index`;
export const SELF_CHECK_PATH = `${ROOT}/self-check/index`;
export const SELF_CHECK_RESULT_PATH = `${ROOT}/result/index`;

/** A policy explainer; with `version`, that older version (read-only). */
export function policyArticlePath(policyId: string, version?: number): string {
  const base = `${ROOT}/article/index?id=${encodeURIComponent(policyId)}`;
  return version === undefined ? base : `${base}&version=${version}`;
}
