/** What the join form holds (and its draft stores). */
export interface JoinDraft {
  code: string;
}

export const EMPTY_JOIN: JoinDraft = { code: '' };

export function isJoinDraft(value: unknown): value is JoinDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).code === 'string'
  );
}

/** The code as the server reads it: no spaces, upper case. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** The server's rule (8 of A–Z and 2–9); null when fine, else a sentence for the villager. */
export function joinCodeProblem(raw: string): string | null {
  const code = normaliseJoinCode(raw);
  if (code.length === 0) return '请填写村干部给您的加入码。';
  if (!/^[A-Z2-9]{8}$/.test(code)) return '加入码是 8 位字母或数字，请对照村干部给的再看一下。';
  return null;
}
