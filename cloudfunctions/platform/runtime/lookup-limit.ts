import type { Transaction } from '../ports/store';
import { defineCollection } from '../ports/store';
import { AppError } from './app-error';
import type { HandlerContext } from './handler-context';

/**
 * Daily allowances for look-ups that touch other people's records by a secret they type (ID
 * numbers, invitation codes): one counter per kind, caller and day, kept in the store so it
 * holds across function instances. Counted in its own transaction (so a refused or failed
 * look-up still counts), or inside the caller's when given.
 */
export interface LookupLimitDoc {
  kind: string;
  callerId: string;
  day: string;
  count: number;
}

export const lookupLimitsCollection = defineCollection<LookupLimitDoc>('lookup_limits', [
  { fields: ['day'] },
]);

export const LOOKUP_LIMITS = {
  /** ID numbers a villager may put on their own profile per day. */
  profileIdNumber: 5,
  /** New ID numbers a cadre may register into households per day (about 60 households). */
  householdIdNumber: 300,
  /** Join requests one account may make per day. */
  householdJoin: 10,
} as const;
export type LookupKind = keyof typeof LOOKUP_LIMITS;

const MESSAGES: Record<LookupKind, string> = {
  profileIdNumber: '今天修改身份证号的次数太多了，请明天再试或联系村干部。',
  householdIdNumber: '今天登记的身份证号太多了，请明天再继续，或联系镇里。',
  householdJoin: '今天申请加入的次数太多了，请明天再试。',
};

/** Takes `n` look-ups of `kind` for the caller today, or RATE_LIMITED past the day's allowance. */
export async function takeLookups(
  ctx: Pick<HandlerContext, 'caller' | 'clock' | 'store'>,
  kind: LookupKind,
  n = 1,
  tx?: Transaction,
): Promise<void> {
  if (n <= 0) return;
  if (!tx) return ctx.store.transaction((own) => takeLookups(ctx, kind, n, own));
  const callerId = ctx.caller.kind === 'user' ? ctx.caller.userId : 'anonymous';
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const id = `${kind}:${callerId}:${day}`;
  const doc = await tx.get(lookupLimitsCollection, id);
  const count = (doc?.count ?? 0) + n;
  if (count > LOOKUP_LIMITS[kind]) throw new AppError('RATE_LIMITED', MESSAGES[kind]);
  if (doc)
    await tx.update(lookupLimitsCollection, id, { set: { count } }, { ifVersion: doc._version });
  else await tx.insert(lookupLimitsCollection, { _id: id, kind, callerId, day, count });
}
