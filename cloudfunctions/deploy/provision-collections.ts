import type {
  CollectionIndexPlan,
  IndexPlan,
  PlannedIndex,
} from '../platform/adapters/cloudbase/index-plan';
import { toCreateIndexes } from '../platform/adapters/cloudbase/index-plan';

/**
 * The TCB management calls `setup:cloudbase` needs beyond the data API: the indexes of a
 * collection (`DescribeTable` / `UpdateTable`, through manager-node's `database`) and its client
 * permission (`DescribeDatabaseACL` / `ModifyDatabaseACL`). The real one is made in
 * manager-client.ts; tests use a fake that answers as the API documents.
 */
export interface CollectionManager {
  /** The collection's indexes as `DescribeTable` lists them (`_id_` included). */
  listIndexes(collection: string): Promise<ExistingIndex[]>;
  /** `UpdateTable` with `CreateIndexes`; fails (e.g. on duplicate values for a unique index). */
  createIndexes(collection: string, indexes: ReturnType<typeof toCreateIndexes>): Promise<void>;
  getAcl(collection: string): Promise<string>;
  setAcl(collection: string, aclTag: 'ADMINONLY'): Promise<void>;
}

export interface ExistingIndex {
  name: string;
  /** Field names in order (`DescribeTable` → `Indexes[].Keys[].Name`). */
  fields: string[];
  unique: boolean;
}

export interface ProvisionReport {
  created: string[];
  present: string[];
  /** An index of the same name with other keys or uniqueness: left as it is, to fix by hand. */
  mismatched: string[];
  /** Creation refused by the database (typically duplicates under a unique index). */
  failed: Array<{ index: string; reason: string }>;
  /** Collections whose client permission was changed to 仅管理员可读写. */
  aclChanged: string[];
}

function sameIndex(planned: PlannedIndex, existing: ExistingIndex): boolean {
  return (
    planned.unique === existing.unique &&
    planned.fields.length === existing.fields.length &&
    planned.fields.every((f, i) => existing.fields[i] === f)
  );
}

/**
 * Makes every planned index exist and every collection admin-only (the app reads and writes its
 * data only through the functions, so no client may touch a collection directly). Safe to run
 * again: present indexes are left alone; one that differs is reported, never dropped, because
 * dropping a unique index would remove duplicate protection while it is rebuilt.
 */
export async function provisionCollections(
  manager: CollectionManager,
  plan: IndexPlan,
): Promise<ProvisionReport> {
  const report: ProvisionReport = {
    created: [],
    present: [],
    mismatched: [],
    failed: [],
    aclChanged: [],
  };
  for (const entry of plan) {
    await provisionIndexes(manager, entry, report);
    if ((await manager.getAcl(entry.collection)) !== 'ADMINONLY') {
      await manager.setAcl(entry.collection, 'ADMINONLY');
      report.aclChanged.push(entry.collection);
    }
  }
  return report;
}

async function provisionIndexes(
  manager: CollectionManager,
  entry: CollectionIndexPlan,
  report: ProvisionReport,
) {
  if (!entry.indexes.length) return;
  const existing = await manager.listIndexes(entry.collection);
  const missing: PlannedIndex[] = [];
  for (const planned of entry.indexes) {
    const label = `${entry.collection}.${planned.name}`;
    const found = existing.find((e) => e.name === planned.name);
    if (!found) missing.push(planned);
    else if (sameIndex(planned, found)) report.present.push(label);
    else report.mismatched.push(label);
  }
  // One index per call: a unique index that fails on existing duplicates does not stop the rest.
  for (const planned of missing) {
    const label = `${entry.collection}.${planned.name}`;
    try {
      await manager.createIndexes(
        entry.collection,
        toCreateIndexes({ collection: entry.collection, indexes: [planned] }),
      );
      report.created.push(label);
    } catch (e) {
      report.failed.push({ index: label, reason: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** What setup prints about the indexes and permissions, one line each. */
export function formatProvisionReport(report: ProvisionReport): string {
  const lines = [
    `indexes created: ${report.created.length}, already there: ${report.present.length}`,
    ...report.created.map((i) => `  + ${i}`),
    ...report.mismatched.map(
      (i) => `  ! ${i} exists with other keys: drop it in the console and run setup again`,
    ),
    ...report.failed.map((f) => `  x ${f.index} could not be created: ${f.reason}`),
    `collections made admin-only (仅管理员可读写): ${report.aclChanged.length ? report.aclChanged.join(', ') : 'none needed'}`,
  ];
  return lines.join('\n');
}
