import { LINXIA_DEMO_ORG_UNITS } from '../../../shared/src/org/linxia-demo-org-units';
import type { Store } from '../ports/store';
import { orgUnitsCollection } from '../runtime/platform-collections';

/** Writes the demo register of towns and villages (idempotent: existing units are kept). */
export async function seedOrgUnits(store: Store): Promise<number> {
  const units = store.collection(orgUnitsCollection);
  let added = 0;
  for (const [order, u] of LINXIA_DEMO_ORG_UNITS.entries()) {
    if (await units.get(u.id)) continue;
    const { id, ...rest } = u;
    await units.insert({ _id: id, ...rest, order });
    added++;
  }
  return added;
}
