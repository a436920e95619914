import { z } from 'zod';
import type { ErrorCode } from './error-codes';

/** What a client sends to a function: `{ action, payload, idempotencyKey? }`. */
export const CallEvent = z.object({
  action: z.string().min(1).max(64),
  payload: z.unknown().optional(),
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, '提交编号格式不对')
    .optional(),
});
export type CallEvent = z.infer<typeof CallEvent>;

/** Field path (dotted, e.g. `members.0.idNumber`) → villager-facing message. */
export type FieldErrors = Record<string, string>;

export interface CallError {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** Present on INTERNAL so a villager can quote it to support; never contains data. */
  requestId?: string;
}

export type CallResult<T> = { ok: true; data: T } | { ok: false; error: CallError };
