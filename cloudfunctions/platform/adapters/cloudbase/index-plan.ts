import type { CollectionDef } from '../../ports/store';

/**
 * CloudBase enforces a unique key only when a unique index exists on the collection, and its
 * data API (the node SDK) cannot create indexes. The deploy script therefore turns the same
 * `CollectionDef.indexes` the SQLite adapter applies into this plan and applies it through the
 * management API (`UpdateTable` / manager-node `database.updateCollection`) or prints it for
 * the console.
 */
export interface PlannedIndex {
  name: string;
  /** Field paths, all ascending (the Store port declares no directions). */
  fields: string[];
  unique: boolean;
}

export interface CollectionIndexPlan {
  collection: string;
  indexes: PlannedIndex[];
}

export type IndexPlan = CollectionIndexPlan[];

/** Something that makes the planned indexes exist (deploy tooling, or the test fake). */
export interface IndexProvisioner {
  apply(plan: IndexPlan): Promise<void>;
}

/** CloudBase index names: letters, digits and `_`, at most 64 characters here. */
export function indexName(collection: string, fields: string[], unique: boolean): string {
  const base = `ix_${unique ? 'u_' : ''}${fields.join('_').replace(/\./g, '__')}`;
  return base.length <= 64 ? base : `${base.slice(0, 55)}_${shortHash(`${collection}:${base}`)}`;
}

function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function planIndexes(defs: ReadonlyArray<CollectionDef<unknown>>): IndexPlan {
  return defs.map((def) => ({
    collection: def.name,
    indexes: def.indexes.map((ix) => ({
      name: indexName(def.name, ix.fields, ix.unique ?? false),
      fields: [...ix.fields],
      unique: ix.unique ?? false,
    })),
  }));
}

/** The `CreateIndexes` argument of the TCB `UpdateTable` API for one collection. */
export function toCreateIndexes(entry: CollectionIndexPlan): Array<{
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: '1' }> };
}> {
  return entry.indexes.map((ix) => ({
    IndexName: ix.name,
    MgoKeySchema: {
      MgoIsUnique: ix.unique,
      MgoIndexKeys: ix.fields.map((f) => ({ Name: f, Direction: '1' as const })),
    },
  }));
}

/** A plan a person can follow in the CloudBase console (数据库 → 集合 → 索引管理). */
export function formatIndexPlan(plan: IndexPlan): string {
  const lines: string[] = [];
  for (const entry of plan) {
    lines.push(`collection ${entry.collection}`);
    if (!entry.indexes.length) lines.push('  (no secondary indexes)');
    for (const ix of entry.indexes) {
      const keys = ix.fields.map((f) => `${f} asc`).join(', ');
      lines.push(`  ${ix.unique ? 'UNIQUE ' : ''}index ${ix.name}: ${keys}`);
    }
  }
  return lines.join('\n');
}
