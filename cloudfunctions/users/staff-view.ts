import type { z } from 'zod';
import type { StaffView } from '../../shared/src/users/users-contract';
import type { Doc, Store } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitName, orgUnitNames } from '../platform/runtime/org-unit-names';

function staffView(user: Doc<UserDoc>, unitName: string | null): z.input<typeof StaffView> {
  return {
    userId: user._id,
    name: user.name,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgUnitName: unitName,
    phoneMasked: user.phone?.masked ?? null,
  };
}

export async function toStaffView(
  store: Store,
  user: Doc<UserDoc>,
): Promise<z.input<typeof StaffView>> {
  return staffView(user, await orgUnitName(store, user.orgUnitId));
}

/** A page of people: their units' names in one read (`$in`), not one read per person. */
export async function toStaffViews(
  store: Store,
  users: ReadonlyArray<Doc<UserDoc>>,
): Promise<Array<z.input<typeof StaffView>>> {
  const names = await orgUnitNames(
    store,
    users.flatMap((u) => (u.orgUnitId ? [u.orgUnitId] : [])),
  );
  return users.map((u) => staffView(u, u.orgUnitId ? (names.get(u.orgUnitId) ?? null) : null));
}
