import type { Doc } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import type { HouseholdDoc, JoinRequestDoc } from './household-collections';
import { isHeadAccount } from './join-decider';

export function toJoinRequestView(
  r: Doc<JoinRequestDoc>,
  headName: string | null,
  user: Pick<UserDoc, 'phone'> | null,
) {
  return {
    requestId: r._id,
    householdId: r.householdId,
    headName,
    userId: r.userId,
    userName: r.userName ?? '未填写姓名',
    phoneMasked: user?.phone?.masked ?? null,
    status: r.status,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  };
}

export function toLinkedAccountView(u: Doc<UserDoc>, h: Doc<HouseholdDoc>) {
  return {
    userId: u._id,
    name: u.name ?? '未填写姓名',
    phoneMasked: u.phone?.masked ?? null,
    isHead: isHeadAccount(u, h),
  };
}
