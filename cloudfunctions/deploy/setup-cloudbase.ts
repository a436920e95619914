/**
 * `npm run setup:cloudbase`: prepares a CloudBase environment for the functions — creates every
 * collection, prints the index plan to apply in the console (unique indexes are required for
 * duplicate protection), and seeds the org-unit register. With the data keys set, it also
 * rewrites ID fields kept by versions before issue 11 (birth dates, masked forms, last 4s).
 * Safe to run again.
 */
import { ALL_COLLECTIONS } from '../collection-registry';
import { formatIndexPlan, planIndexes } from '../platform/adapters/cloudbase/index-plan';
import { createCloudbaseStore } from '../platform/adapters/cloudbase/cloudbase-store';
import { seedOrgUnits } from '../platform/seed/seed-org-units';
import { migrateLegacyIdFields } from '../households/legacy-id-fields';
import { parseDataKeys } from '../platform/runtime/sealed-value';
import { readDeployDataKeys, readDeployEnv } from './env';

async function main() {
  const store = createCloudbaseStore(readDeployEnv());
  await store.ensureCollections(ALL_COLLECTIONS);
  console.log(`collections ready: ${ALL_COLLECTIONS.map((c) => c.name).join(', ')}`);
  console.log(`org units added: ${await seedOrgUnits(store)}`);
  const keys = readDeployDataKeys();
  if (keys) {
    const rewritten = await migrateLegacyIdFields(
      store,
      parseDataKeys(keys.encryptionKey, keys.hashKey),
    );
    console.log(`documents with old ID fields rewritten: ${rewritten}`);
  } else {
    console.log('DATA_ENCRYPTION_KEY / DATA_HASH_KEY not set: old ID fields (if any) not checked');
  }
  console.log('\nIndexes to create (CloudBase console → 数据库 → 索引管理):');
  console.log(formatIndexPlan(planIndexes(ALL_COLLECTIONS)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
