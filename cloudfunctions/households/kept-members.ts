import type { z } from 'zod';
import type { MemberInput, UpdateMemberInput } from '../../shared/src/households/household-schemas';
import { invalid } from '../platform/runtime/app-error';
import type { DataKeys } from '../platform/runtime/sealed-value';
import { openSealedValue } from '../platform/runtime/sealed-value';
import type { MemberDoc } from './household-collections';

type EditedMember = z.output<typeof UpdateMemberInput>;

/**
 * An edit's member list as full member inputs: a member kept by `memberId` gets their stored ID
 * number (and phone, unless a new one or `null` was sent) opened from the seal, in memory only,
 * so the rest of the write works exactly as when the numbers were typed in again. Nothing
 * opened here is answered or logged.
 */
export function resolveEditedMembers(
  members: readonly EditedMember[],
  previous: readonly MemberDoc[],
  keys: DataKeys,
): Array<z.output<typeof MemberInput>> {
  return members.map((m, i) => {
    const { memberId, idNumber, phone, ...rest } = m;
    const before = memberId ? previous.find((p) => p.memberId === memberId) : undefined;
    if (memberId && !before)
      throw invalid(
        { [`members.${i}.memberId`]: '这位成员已不在档案里了，请刷新后再改。' },
        '这户的成员刚被别人改过，请刷新后再改。',
      );
    const keptPhone = before?.phone ? openSealedValue(before.phone, keys) : undefined;
    const nextPhone = phone === undefined ? keptPhone : (phone ?? undefined);
    return {
      ...rest,
      // The schema guarantees a number when there is no memberId; a kept member has `before`.
      idNumber: idNumber ?? (before ? openSealedValue(before.idNumber, keys) : ''),
      ...(nextPhone !== undefined ? { phone: nextPhone } : {}),
    };
  });
}
