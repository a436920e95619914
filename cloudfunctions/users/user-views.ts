import type { MeView } from '../../shared/src/users/users-contract';
import type { Store } from '../platform/ports/store';
import type { Doc } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitName } from '../platform/runtime/org-unit-names';

export function isProfileComplete(user: UserDoc): boolean {
  return Boolean(user.name && user.orgUnitId && user.phone);
}

export async function toMeView(store: Store, user: Doc<UserDoc>): Promise<MeView> {
  return {
    userId: user._id,
    role: user.role,
    name: user.name,
    phoneMasked: user.phone?.masked ?? null,
    idNumberMasked: user.idNumber?.masked ?? null,
    orgUnitId: user.orgUnitId,
    villageId: user.villageId,
    townId: user.townId,
    orgUnitName: await orgUnitName(store, user.orgUnitId),
    profileComplete: isProfileComplete(user),
  };
}
