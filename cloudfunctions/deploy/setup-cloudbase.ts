/**
 * `npm run setup:cloudbase`: prepares a CloudBase environment for the functions — creates every
 * collection, prints the index plan to apply in the console (unique indexes are required for
 * duplicate protection), and seeds the org-unit register. Safe to run again.
 */
import { ALL_COLLECTIONS } from '../collection-registry';
import { formatIndexPlan, planIndexes } from '../platform/adapters/cloudbase/index-plan';
import { createCloudbaseStore } from '../platform/adapters/cloudbase/cloudbase-store';
import { seedOrgUnits } from '../platform/seed/seed-org-units';
import { readDeployEnv } from './env';

async function main() {
  const store = createCloudbaseStore(readDeployEnv());
  await store.ensureCollections(ALL_COLLECTIONS);
  console.log(`collections ready: ${ALL_COLLECTIONS.map((c) => c.name).join(', ')}`);
  console.log(`org units added: ${await seedOrgUnits(store)}`);
  console.log('\nIndexes to create (CloudBase console → 数据库 → 索引管理):');
  console.log(formatIndexPlan(planIndexes(ALL_COLLECTIONS)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
