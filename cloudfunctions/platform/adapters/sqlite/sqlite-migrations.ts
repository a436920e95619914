import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order once each and recorded in `_migrations`. Collections
 * and their indexes are created from their declarations (`defineCollection`); migrations are
 * for everything else, such as reshaping stored documents. Never edit a shipped migration:
 * append a new one.
 */
export interface Migration {
  id: string;
  up(db: Database.Database): void;
}

export const MIGRATIONS: Migration[] = [
  {
    id: '0001-collections-registry',
    up: (db) => {
      db.prepare(
        'CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL)',
      ).run();
    },
  },
];

export function runMigrations(
  db: Database.Database,
  migrations: Migration[] = MIGRATIONS,
): string[] {
  db.prepare(
    'CREATE TABLE IF NOT EXISTS _migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
  ).run();
  const applied = new Set(
    (db.prepare('SELECT id FROM _migrations').all() as Array<{ id: string }>).map((r) => r.id),
  );
  const ran: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare('INSERT INTO _migrations (id, applied_at) VALUES (?, ?)').run(
        m.id,
        new Date().toISOString(),
      );
    })();
    ran.push(m.id);
  }
  return ran;
}
