/** Error codes of the call envelope (DESIGN.md §3) and the HTTP status the gateway maps each to. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Default villager-facing sentence per code; handlers may give a more precise one. */
export const DEFAULT_MESSAGE_BY_CODE: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后再提交。',
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您没有办理这项事情的权限。',
  NOT_FOUND: '没有找到相关记录。',
  CONFLICT: '这条记录刚刚有变化，请刷新后再试。',
  RATE_LIMITED: '操作太频繁了，请稍等一分钟再试。',
  INTERNAL: '系统出了点问题，请稍后再试。',
};
