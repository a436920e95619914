import type { MeView } from '../../shared/src/users/users-contract';
import type { Store } from '../platform/ports/store';
import type { Doc } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitName } from '../platform/runtime/org-unit-names';
import { HIDDEN_ID_NUMBER, maskIdNumber } from '../../shared/src/privacy/mask';
import type { DataKeys } from '../platform/runtime/sealed-value';
import { openSealedValue } from '../platform/runtime/sealed-value';

export function isProfileComplete(user: UserDoc): boolean {
  return Boolean(user.name && user.orgUnitId && user.phone);
}

/**
 * The caller's own profile: their own ID number shows its last 4 (opened from the seal), except
 * in answers of writes, which are stored for replays and must hold no digit of it.
 */
export async function toMeView(
  store: Store,
  user: Doc<UserDoc>,
  keys: DataKeys,
  idNumber: 'own-last4' | 'hidden' = 'own-last4',
): Promise<MeView> {
  return {
    userId: user._id,
    role: user.role,
    name: user.name,
    phoneMasked: user.phone?.masked ?? null,
    idNumberMasked: !user.idNumber
      ? null
      : idNumber === 'hidden'
        ? HIDDEN_ID_NUMBER
        : maskIdNumber(openSealedValue(user.idNumber, keys)),
    orgUnitId: user.orgUnitId,
    villageId: user.villageId,
    townId: user.townId,
    orgUnitName: await orgUnitName(store, user.orgUnitId),
    profileComplete: isProfileComplete(user),
    hasHousehold: Boolean(user.householdId),
  };
}
