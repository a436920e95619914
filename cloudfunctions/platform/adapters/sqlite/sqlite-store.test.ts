import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCollection } from '../../ports/store';
import { runStoreContract } from '../../ports/store-contract.suite';
import { openSqliteStore } from './sqlite-store';

function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'psv-sqlite-'));
  return { file: join(dir, 'store.db'), dir };
}

runStoreContract('SQLite', () => {
  const { file, dir } = tempFile();
  const store = openSqliteStore({ file });
  return Promise.resolve({
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});

describe('SQLite specifics', () => {
  const items = defineCollection<{ villageId: string; category: string; name: string }>(
    'ix_items',
    [{ fields: ['villageId', 'category'] }],
  );

  test('a filtered find on a declared index uses it, not a full scan', async () => {
    const { file, dir } = tempFile();
    const store = openSqliteStore({ file });
    const plan = store.explainFind(items, { villageId: 'v1', category: 'general' }).join('\n');
    expect(plan).toMatch(/USING INDEX ix_ix_items_villageId_category/);
    expect(plan).not.toMatch(/^SCAN c_ix_items$/m);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('committed writes survive reopening the file; WAL and integrity hold', async () => {
    const { file, dir } = tempFile();
    const a = openSqliteStore({ file });
    await a.collection(items).insert({ _id: 'x', villageId: 'v', category: 'c', name: '甲' });
    expect(a.writer.pragma('journal_mode', { simple: true })).toBe('wal');
    await a.close();
    const b = openSqliteStore({ file });
    expect(await b.collection(items).get('x')).toMatchObject({ name: '甲' });
    expect(b.writer.pragma('integrity_check', { simple: true })).toBe('ok');
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a plain write inside a transaction is refused instead of deadlocking', async () => {
    const { file, dir } = tempFile();
    const s = openSqliteStore({ file });
    await expect(
      s.transaction(async () => {
        await s.collection(items).insert({ villageId: 'v', category: 'c', name: 'y' });
      }),
    ).rejects.toThrow(/through the transaction/);
    expect(await s.collection(items).count()).toBe(0);
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
