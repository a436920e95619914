/**
 * `npm run setup:cloudbase`: prepares a CloudBase environment for the functions — creates every
 * collection, creates every index of the plan through the management API (unique indexes are the
 * duplicate protection), makes each collection admin-only, and seeds the org-unit register.
 * With the data keys set, it also
 * rewrites ID fields kept by versions before issue 11 (birth dates, masked forms, last 4s).
 * With `--first-admin <openid>` (or FIRST_ADMIN_OPENID) it makes that person the city's admin
 * (grant-first-admin.ts). Safe to run again.
 */
import { ALL_COLLECTIONS } from '../collection-registry';
import { formatIndexPlan, planIndexes } from '../platform/adapters/cloudbase/index-plan';
import { createCloudbaseStore } from '../platform/adapters/cloudbase/cloudbase-store';
import { seedOrgUnits } from '../platform/seed/seed-org-units';
import { migrateLegacyIdFields } from '../households/legacy-id-fields';
import { migrateLegacyFeedback } from '../feedback/legacy-feedback-fields';
import { parseDataKeys } from '../platform/runtime/sealed-value';
import { systemClock } from '../platform/ports/clock';
import { createManagerClient } from './manager-client';
import { formatProvisionReport, provisionCollections } from './provision-collections';
import { readDeployDataKeys, readDeployEnv, readFirstAdminOpenid } from './env';
import { grantFirstAdmin } from './grant-first-admin';

async function main() {
  const firstAdmin = readFirstAdminOpenid();
  const conn = readDeployEnv();
  const store = createCloudbaseStore(conn);
  await store.ensureCollections(ALL_COLLECTIONS);
  console.log(`collections ready: ${ALL_COLLECTIONS.map((c) => c.name).join(', ')}`);
  const plan = planIndexes(ALL_COLLECTIONS);
  const provisioned = await provisionCollections(createManagerClient(conn), plan);
  console.log(formatProvisionReport(provisioned));
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
  console.log(`feedback from before issue 15 given a level: ${await migrateLegacyFeedback(store)}`);
  if (firstAdmin) {
    const granted = await grantFirstAdmin(store, systemClock, firstAdmin);
    const said = { created: 'added as', promoted: 'made', unchanged: 'already' }[granted.outcome];
    console.log(`first admin: user ${granted.userId} ${said} admin of ${granted.cityId}`);
  } else {
    console.log('no --first-admin <openid> (or FIRST_ADMIN_OPENID) given: no admin granted');
  }
  if (provisioned.failed.length || provisioned.mismatched.length) {
    console.error(
      '\nSome indexes are not as planned. The full plan (CloudBase console → 数据库 → 索引管理):',
    );
    console.error(formatIndexPlan(plan));
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
