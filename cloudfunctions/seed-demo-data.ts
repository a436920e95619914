import type { Store } from './platform/ports/store';
import type { DataKeys } from './platform/runtime/sealed-value';
import { migrateLegacyIdFields } from './households/legacy-id-fields';
import { migrateLegacyFeedback } from './feedback/legacy-feedback-fields';
import { seedDemoHouseholds } from './households/seed/seed-demo-households';
import { seedScaleHouseholds } from './households/seed/seed-scale-households';
import type { Clock } from './platform/ports/clock';
import { seedDemoCourses } from './training/seed/seed-demo-courses';
import { seedDemoPolicies } from './policies/seed/seed-demo-policies';
import { seedDemoExhibits } from './exhibits/seed/seed-demo-exhibits';
import type { Files } from './platform/ports/files';
import { seedDemoRisk } from './risk/seed/seed-demo-risk';
import { seedDemoClaims } from './claims/seed/seed-demo-claims';

/**
 * Every feature's demo seed, run by the local gateway on start (each is idempotent). Org units
 * are seeded by the platform itself. `scale` adds the ~20,000-household synthetic set.
 * `riskReports` adds the 返贫风险 demo reports and the 防贫保险 demo claims, made through the risk
 * and claims handlers (the gateway's first start; handler tests start without them so their
 * queues hold only what they file).
 */
export async function seedDemoData(
  store: Store,
  keys: DataKeys,
  clock: Clock,
  files: Files,
  options: { scale?: boolean; riskReports?: boolean } = {},
) {
  const now = clock.now();
  const seeded: Record<string, number> = {};
  seeded.legacyIdFieldsRewritten = await migrateLegacyIdFields(store, keys);
  seeded.legacyFeedbackRewritten = await migrateLegacyFeedback(store);
  seeded.households = await seedDemoHouseholds(store, keys, now);
  seeded.courses = await seedDemoCourses(store, clock);
  seeded.policies = await seedDemoPolicies(store, clock);
  seeded.exhibits = await seedDemoExhibits(store, files, clock);
  if (options.riskReports) {
    seeded.riskReports = await seedDemoRisk(store, keys, clock, files);
    seeded.claims = await seedDemoClaims(store, keys, clock, files);
  }
  if (options.scale) seeded.scaleHouseholds = await seedScaleHouseholds(store, keys, now);
  return seeded;
}
