import CloudBase from '@cloudbase/manager-node';
import type { CollectionManager, ExistingIndex } from './provision-collections';

/**
 * The CollectionManager on `@cloudbase/manager-node` (the library the CloudBase CLI uses): indexes
 * through `database.describeCollection` / `updateCollection` (TCB `DescribeTable` / `UpdateTable`),
 * permissions through the TCB API `DescribeDatabaseACL` / `ModifyDatabaseACL`.
 */
export function createManagerClient(conn: {
  env: string;
  secretId: string;
  secretKey: string;
}): CollectionManager {
  const manager = new CloudBase({
    envId: conn.env,
    secretId: conn.secretId,
    secretKey: conn.secretKey,
  });
  const tcb = manager.commonService('tcb', '2018-06-08');
  return {
    async listIndexes(collection) {
      const table = await manager.database.describeCollection(collection);
      return (table.Indexes ?? []).map((ix): ExistingIndex => ({
        name: ix.Name,
        fields: (ix.Keys ?? []).map((k) => k.Name ?? ''),
        unique: Boolean(ix.Unique),
      }));
    },
    async createIndexes(collection, indexes) {
      await manager.database.updateCollection(collection, { CreateIndexes: indexes });
    },
    async getAcl(collection) {
      const res = (await tcb.call({
        Action: 'DescribeDatabaseACL',
        Param: { EnvId: conn.env, CollectionName: collection },
      })) as { AclTag?: string };
      return res.AclTag ?? '';
    },
    async setAcl(collection, aclTag) {
      await tcb.call({
        Action: 'ModifyDatabaseACL',
        Param: { EnvId: conn.env, CollectionName: collection, AclTag: aclTag },
      });
    },
  };
}
