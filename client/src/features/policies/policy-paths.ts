/** Pages of the policies subpackage (app.config.ts lists them). */
const ROOT = '/packages/policies/pages';

export const POLICY_LIST_PATH = `${ROOT}/index/index`;
export const SELF_CHECK_PATH = `${ROOT}/self-check/index`;
export const SELF_CHECK_RESULT_PATH = `${ROOT}/result/index`;
/** 编辑政策 (admins): every policy, and 新增政策. */
export const POLICY_MANAGE_PATH = `${ROOT}/manage/index`;

/** The editor for one policy's next version; without an id, 新增政策. */
export function policyEditPath(policyId?: string): string {
  const base = `${ROOT}/edit/index`;
  return policyId === undefined ? base : `${base}?id=${encodeURIComponent(policyId)}`;
}

/** A policy explainer; with `version`, that older version (read-only). */
export function policyArticlePath(policyId: string, version?: number): string {
  const base = `${ROOT}/article/index?id=${encodeURIComponent(policyId)}`;
  return version === undefined ? base : `${base}&version=${version}`;
}
