import Database from 'better-sqlite3';

/** The SQLite connection shape the snapshot needs (the store's reader or a read-only handle). */
export type SqliteReader = Pick<Database.Database, 'prepare'>;

// Logins (each proof call logs in afresh) are bookkeeping like rate-limit counters.
const IGNORED_TABLES = new Set(['c_rate_limits', 'c_sessions']);

function tables(db: SqliteReader): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c_%' ORDER BY name`,
      )
      .all() as Array<{ name: string }>
  )
    .map((t) => t.name)
    .filter((n) => !IGNORED_TABLES.has(n));
}

/** Every document of every collection (rate-limit counters excepted), for "nothing was written". */
export function digestOf(db: SqliteReader): string {
  return tables(db)
    .map(
      (t) =>
        `${t}:${JSON.stringify(db.prepare(`SELECT id, version, doc FROM ${t} ORDER BY id`).all())}`,
    )
    .join('\n');
}

/** Every stored document, parsed, with its table. */
export function allDocs(db: SqliteReader): Array<{ table: string; id: string; doc: unknown }> {
  return tables(db).flatMap((t) =>
    (
      db.prepare(`SELECT id, doc FROM ${t} ORDER BY id`).all() as Array<{ id: string; doc: string }>
    ).map((r) => ({ table: t, id: r.id, doc: JSON.parse(r.doc) as unknown })),
  );
}

/** Keys starting with `$` anywhere inside stored documents (a Mongo operator that got through). */
export function operatorKeysIn(db: SqliteReader): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k.startsWith('$')) found.push(`${path}.${k}`);
        walk(x, `${path}.${k}`);
      }
  };
  for (const d of allDocs(db)) walk(d.doc, `${d.table}/${d.id}`);
  return found;
}

/** Opens the gateway's database file read-only (it sees committed data only). */
export function openReadOnly(dataDir: string): Database.Database {
  return new Database(`${dataDir}/palm-village.db`, { readonly: true, fileMustExist: true });
}
