import type { Store } from './platform/ports/store';
import type { DataKeys } from './platform/runtime/sealed-value';
import { seedDemoHouseholds } from './households/seed/seed-demo-households';
import { seedScaleHouseholds } from './households/seed/seed-scale-households';

/**
 * Every feature's demo seed, run by the local gateway on start (each is idempotent). Org units
 * are seeded by the platform itself. `scale` adds the ~20,000-household synthetic set.
 */
export async function seedDemoData(
  store: Store,
  keys: DataKeys,
  now: Date,
  options: { scale?: boolean } = {},
) {
  const seeded: Record<string, number> = {};
  seeded.households = await seedDemoHouseholds(store, keys, now);
  if (options.scale) seeded.scaleHouseholds = await seedScaleHouseholds(store, keys, now);
  return seeded;
}
