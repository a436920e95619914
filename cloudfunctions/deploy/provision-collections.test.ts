import { ALL_COLLECTIONS } from '../collection-registry';
import { planIndexes } from '../platform/adapters/cloudbase/index-plan';
import type { CollectionManager, ExistingIndex } from './provision-collections';
import { formatProvisionReport, provisionCollections } from './provision-collections';

type CreateArg = Parameters<CollectionManager['createIndexes']>[1];

/** An answer that arrives later, as over the network; a throw becomes a rejection. */
const later = <T>(answer: () => T) => new Promise<T>((resolve) => resolve(answer()));

/**
 * A TCB management API as documented: `DescribeTable` lists `_id_` and every index with its keys
 * and uniqueness and fails for an unknown collection; `UpdateTable` refuses a name already in use
 * and a unique index over values that already repeat (the database cannot build it); a new
 * collection's permission is not admin-only.
 */
function fakeManager(
  collections: string[],
  docs: Record<string, Array<Record<string, unknown>>> = {},
) {
  const indexes = new Map<string, ExistingIndex[]>(
    collections.map((c) => [c, [{ name: '_id_', fields: ['_id'], unique: true }]]),
  );
  const acl = new Map<string, string>(collections.map((c) => [c, 'READONLY']));
  const calls: string[] = [];
  const table = (c: string) => {
    const t = indexes.get(c);
    if (!t) throw new Error(`ResourceNotFound: collection ${c} does not exist`);
    return t;
  };
  const manager: CollectionManager = {
    listIndexes: (c) => later(() => table(c).map((i) => ({ ...i, fields: [...i.fields] }))),
    createIndexes: (c, create: CreateArg) =>
      later(() => {
        calls.push(`create ${c}`);
        const t = table(c);
        for (const ix of create) {
          if (t.some((e) => e.name === ix.IndexName))
            throw new Error(`InvalidParameter: index ${ix.IndexName} already exists`);
          const fields = ix.MgoKeySchema.MgoIndexKeys.map((k) => k.Name);
          if (ix.MgoKeySchema.MgoIsUnique) {
            const seen = new Set<string>();
            for (const d of docs[c] ?? []) {
              const key = JSON.stringify(fields.map((f) => d[f]));
              if (seen.has(key))
                throw new Error(`E11000 duplicate key error index: ${ix.IndexName}`);
              seen.add(key);
            }
          }
          t.push({ name: ix.IndexName, fields, unique: ix.MgoKeySchema.MgoIsUnique });
        }
      }),
    getAcl: (c) =>
      later(() => {
        table(c);
        return acl.get(c) ?? '';
      }),
    setAcl: (c, tag) =>
      later(() => {
        table(c);
        calls.push(`acl ${c}`);
        acl.set(c, tag);
      }),
  };
  return { manager, indexes, acl, calls };
}

const plan = planIndexes(ALL_COLLECTIONS);
const names = ALL_COLLECTIONS.map((c) => c.name);
const plannedCount = plan.reduce((n, e) => n + e.indexes.length, 0);

test('a new environment gets every planned index, unique ones unique, and admin-only collections', async () => {
  const fake = fakeManager(names);
  const report = await provisionCollections(fake.manager, plan);
  expect(report.created).toHaveLength(plannedCount);
  expect(report.failed).toEqual([]);
  expect(report.mismatched).toEqual([]);
  const users = fake.indexes.get('users') ?? [];
  expect(users.find((i) => i.fields.join() === 'openid')?.unique).toBe(true);
  expect([...fake.acl.values()].every((t) => t === 'ADMINONLY')).toBe(true);
  expect(report.aclChanged).toHaveLength(names.length);
});

test('running setup again changes nothing', async () => {
  const fake = fakeManager(names);
  await provisionCollections(fake.manager, plan);
  fake.calls.length = 0;
  const again = await provisionCollections(fake.manager, plan);
  expect(again.created).toEqual([]);
  expect(again.present).toHaveLength(plannedCount);
  expect(again.aclChanged).toEqual([]);
  expect(fake.calls).toEqual([]);
});

test('an index of the same name with other keys is reported, never dropped or replaced', async () => {
  const fake = fakeManager(names);
  const usersPlan = plan.find((e) => e.collection === 'users');
  const first = usersPlan?.indexes[0];
  if (!first) throw new Error('users has planned indexes');
  fake.indexes.get('users')?.push({ name: first.name, fields: ['somethingElse'], unique: false });
  const report = await provisionCollections(fake.manager, plan);
  expect(report.mismatched).toEqual([`users.${first.name}`]);
  expect(fake.indexes.get('users')?.filter((i) => i.name === first.name)).toEqual([
    { name: first.name, fields: ['somethingElse'], unique: false },
  ]);
  expect(formatProvisionReport(report)).toContain(`! users.${first.name} exists with other keys`);
});

test('a unique index the data already breaks is listed as failed and the others are still made', async () => {
  const fake = fakeManager(names, {
    users: [
      { _id: 'a', openid: 'same' },
      { _id: 'b', openid: 'same' },
    ],
  });
  const report = await provisionCollections(fake.manager, plan);
  expect(report.failed.map((f) => f.index)).toEqual([expect.stringMatching(/^users\.ix_u_openid/)]);
  expect(report.failed[0]?.reason).toContain('E11000');
  expect(report.created).toHaveLength(plannedCount - 1);
});

test('a collection that does not exist stops setup with the management API error', async () => {
  const fake = fakeManager(names.filter((n) => n !== 'users'));
  await expect(provisionCollections(fake.manager, plan)).rejects.toThrow(/ResourceNotFound/);
});
