import type { z } from 'zod';
import type { StaffView } from '../../shared/src/users/users-contract';
import type { Doc, Store } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitName } from '../platform/runtime/org-unit-names';

export async function toStaffView(
  store: Store,
  user: Doc<UserDoc>,
): Promise<z.input<typeof StaffView>> {
  return {
    userId: user._id,
    name: user.name,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgUnitName: await orgUnitName(store, user.orgUnitId),
    phoneMasked: user.phone?.masked ?? null,
  };
}
