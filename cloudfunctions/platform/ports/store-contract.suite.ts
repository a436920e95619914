/**
 * One contract suite for every Store adapter (DESIGN.md §3). Each adapter's test file calls
 * `runStoreContract` with a factory; the same expectations hold on SQLite and CloudBase.
 */
import type { Store } from './store';
import { defineCollection, isStoreError } from './store';

interface Person {
  name: string;
  age: number;
  villageId: string;
  active: boolean;
  nickname?: string | null;
  address?: { townId: string; street?: string };
  tags?: string[];
  visits?: number;
}

interface Course {
  capacity: number;
  confirmed: number;
}
interface Seat {
  courseId: string;
  userId: string;
}

const people = defineCollection<Person>('contract_people', [
  { fields: ['villageId', 'age'] },
  { fields: ['name'], unique: true },
]);
const courses = defineCollection<Course>('contract_courses');
const seats = defineCollection<Seat>('contract_seats', [{ fields: ['courseId'] }]);

export interface StoreUnderTest {
  store: Store;
  cleanup(): Promise<void>;
}

async function retryOnConflict<R>(fn: () => Promise<R>, attempts = 50): Promise<R> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (!isStoreError(e, 'VERSION_CONFLICT') || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 10));
    }
  }
}

export function runStoreContract(label: string, open: () => Promise<StoreUnderTest>): void {
  describe(`Store contract: ${label}`, () => {
    let sut: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      sut = await open();
      store = sut.store;
      await store.ensureCollections([people, courses, seats] as never);
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    const seed = async () => {
      const c = store.collection(people);
      const rows: Array<Person & { _id: string }> = [
        {
          _id: 'p1',
          name: '张三',
          age: 30,
          villageId: 'v1',
          active: true,
          address: { townId: 't1' },
        },
        { _id: 'p2', name: '李四', age: 45, villageId: 'v1', active: false, nickname: null },
        {
          _id: 'p3',
          name: '王五',
          age: 61,
          villageId: 'v2',
          active: true,
          address: { townId: 't2' },
        },
        {
          _id: 'p4',
          name: '张小花',
          age: 30,
          villageId: 'v2',
          active: true,
          address: { townId: 't1' },
        },
        { _id: 'p5', name: '赵六', age: 18, villageId: 'v3', active: false },
      ];
      for (const r of rows) await c.insert(r);
      return c;
    };
    const ids = (items: Array<{ _id: string }>) => items.map((i) => i._id);

    test('insert gives _version 1 and get returns the same document', async () => {
      const c = store.collection(people);
      const d = await c.insert({
        _id: 'a1',
        name: '甲',
        age: 1,
        villageId: 'v',
        active: true,
        tags: ['x', 'y'],
      });
      expect(d).toMatchObject({ _id: 'a1', _version: 1, name: '甲', tags: ['x', 'y'] });
      expect(await c.get('a1')).toEqual(d);
      expect(await c.get('missing')).toBeNull();
    });

    test('insert without _id generates a unique id', async () => {
      const c = store.collection(people);
      const a = await c.insert({ name: 'a', age: 1, villageId: 'v', active: true });
      const b = await c.insert({ name: 'b', age: 1, villageId: 'v', active: true });
      expect(a._id).toMatch(/^[A-Za-z0-9_-]{8,}$/);
      expect(a._id).not.toBe(b._id);
    });

    test('inserting an existing _id or unique key is DUPLICATE and writes nothing', async () => {
      const c = store.collection(people);
      await c.insert({ _id: 'd1', name: '唯一', age: 1, villageId: 'v', active: true });
      await expect(
        c.insert({ _id: 'd1', name: '别的', age: 2, villageId: 'v', active: true }),
      ).rejects.toMatchObject({ code: 'DUPLICATE' });
      await expect(
        c.insert({ _id: 'd2', name: '唯一', age: 2, villageId: 'v', active: true }),
      ).rejects.toMatchObject({ code: 'DUPLICATE' });
      expect(await c.count()).toBe(1);
      expect((await c.get('d1'))?.age).toBe(1);
    });

    test('update sets whole fields, unsets, increments and bumps _version', async () => {
      const c = await seed();
      const u = await c.update('p1', {
        set: { age: 31, address: { townId: 't9' } },
        unset: ['nickname'],
        inc: { visits: 2 },
      });
      expect(u._version).toBe(2);
      expect(u.age).toBe(31);
      expect(u.address).toEqual({ townId: 't9' });
      expect(u.visits).toBe(2);
      const again = await c.update('p1', { inc: { visits: 3 } });
      expect(again.visits).toBe(5);
      expect(await c.get('p1')).toEqual(again);
    });

    test('update with a stale ifVersion is VERSION_CONFLICT and changes nothing', async () => {
      const c = await seed();
      await c.update('p2', { set: { age: 46 } }, { ifVersion: 1 });
      await expect(c.update('p2', { set: { age: 99 } }, { ifVersion: 1 })).rejects.toMatchObject({
        code: 'VERSION_CONFLICT',
      });
      expect(await c.get('p2')).toMatchObject({ age: 46, _version: 2 });
    });

    test('update of a missing document is NOT_FOUND; remove reports whether it removed', async () => {
      const c = await seed();
      await expect(c.update('nope', { set: { age: 1 } })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await c.remove('p5')).toBe(true);
      expect(await c.remove('p5')).toBe(false);
      expect(await c.get('p5')).toBeNull();
    });

    test('filters: equality, booleans, comparison, $in, $ne, $prefix, dotted paths, $and/$or', async () => {
      const c = await seed();
      const q = async (f: Parameters<typeof c.find>[0]) =>
        ids((await c.find(f, { sort: [['_id', 'asc']] })).items);
      expect(await q({ villageId: 'v1' })).toEqual(['p1', 'p2']);
      expect(await q({ active: false })).toEqual(['p2', 'p5']);
      expect(await q({ age: { $gte: 30, $lt: 61 } })).toEqual(['p1', 'p2', 'p4']);
      expect(await q({ age: { $gt: 45 } })).toEqual(['p3']);
      expect(await q({ age: { $lte: 18 } })).toEqual(['p5']);
      expect(await q({ villageId: { $in: ['v2', 'v3'] } })).toEqual(['p3', 'p4', 'p5']);
      expect(await q({ villageId: { $in: [] } })).toEqual([]);
      expect(await q({ villageId: { $ne: 'v1' } })).toEqual(['p3', 'p4', 'p5']);
      expect(await q({ name: { $prefix: '张' } })).toEqual(['p1', 'p4']);
      expect(await q({ name: { $prefix: '张.' } })).toEqual([]);
      expect(await q({ 'address.townId': 't1' })).toEqual(['p1', 'p4']);
      expect(await q({ $or: [{ villageId: 'v3' }, { age: 61 }] })).toEqual(['p3', 'p5']);
      expect(
        await q({ $and: [{ active: true }, { $or: [{ villageId: 'v1' }, { age: 61 }] }] }),
      ).toEqual(['p1', 'p3']);
      expect(await c.count({ active: true })).toBe(3);
      expect(await c.count()).toBe(5);
    });

    test('countBy answers grouped counts in one call; missing fields group as null', async () => {
      const c = await seed();
      const sorted = (groups: Awaited<ReturnType<typeof c.countBy>>) =>
        [...groups].sort((a, b) => JSON.stringify(a.key).localeCompare(JSON.stringify(b.key)));
      expect(sorted(await c.countBy(undefined, ['villageId']))).toEqual([
        { key: { villageId: 'v1' }, count: 2 },
        { key: { villageId: 'v2' }, count: 2 },
        { key: { villageId: 'v3' }, count: 1 },
      ]);
      // Two fields, a filter, booleans kept as booleans, numbers as numbers.
      expect(sorted(await c.countBy({ age: { $lt: 61 } }, ['villageId', 'active']))).toEqual([
        { key: { villageId: 'v1', active: false }, count: 1 },
        { key: { villageId: 'v1', active: true }, count: 1 },
        { key: { villageId: 'v2', active: true }, count: 1 },
        { key: { villageId: 'v3', active: false }, count: 1 },
      ]);
      expect(sorted(await c.countBy({ villageId: 'v2' }, ['age']))).toEqual([
        { key: { age: 30 }, count: 1 },
        { key: { age: 61 }, count: 1 },
      ]);
      // A nested path; documents without it (and p2's missing address) group as null.
      expect(sorted(await c.countBy(undefined, ['address.townId']))).toEqual([
        { key: { 'address.townId': 't1' }, count: 2 },
        { key: { 'address.townId': 't2' }, count: 1 },
        { key: { 'address.townId': null }, count: 2 },
      ]);
      // The groups add up to count() of the same filter.
      const total = (await c.countBy({ active: true }, ['villageId'])).reduce(
        (n, g) => n + g.count,
        0,
      );
      expect(total).toBe(await c.count({ active: true }));
      expect(await c.countBy({ villageId: 'none' }, ['villageId'])).toEqual([]);
      await expect(c.countBy(undefined, [])).rejects.toMatchObject({ code: 'BAD_QUERY' });
      await expect(c.countBy(undefined, ["x') OR 1=1 --"])).rejects.toMatchObject({
        code: 'BAD_QUERY',
      });
    });

    test('missing fields: $ne and null equality match documents without the field', async () => {
      const c = await seed();
      const q = async (f: Parameters<typeof c.find>[0]) =>
        ids((await c.find(f, { sort: [['_id', 'asc']] })).items);
      // p2 has nickname null, the others have none at all.
      expect(await q({ nickname: null })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      expect(await q({ nickname: { $ne: 'x' } })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      expect(await q({ nickname: { $in: [null] } })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
      expect(await q({ 'address.townId': { $ne: 't1' } })).toEqual(['p2', 'p3', 'p5']);
      expect(await c.count({ 'address.townId': null })).toBe(2);
    });

    test('an update that breaks a unique key is DUPLICATE and changes nothing, also in a transaction', async () => {
      const c = await seed();
      await expect(c.update('p2', { set: { name: '张三' } })).rejects.toMatchObject({
        code: 'DUPLICATE',
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.update(people, 'p3', { set: { age: 62 } });
          await tx.update(people, 'p2', { set: { name: '张三' } });
        }),
      ).rejects.toMatchObject({ code: 'DUPLICATE' });
      expect(await c.get('p2')).toMatchObject({ name: '李四', _version: 1 });
      expect(await c.get('p3')).toMatchObject({ age: 61, _version: 1 });
    });

    test('sort with _id tie-breaker and cursor pages visit every document once', async () => {
      const c = await seed();
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page++) {
        const r = await c.find({}, { sort: [['age', 'desc']], limit: 2, after });
        seen.push(...ids(r.items));
        if (!r.nextCursor) break;
        after = r.nextCursor;
      }
      expect(seen).toEqual(['p3', 'p2', 'p1', 'p4', 'p5']);
      const asc = await c.find({ active: true }, { sort: [['age', 'asc']], limit: 10 });
      expect(ids(asc.items)).toEqual(['p1', 'p4', 'p3']);
      expect(asc.nextCursor).toBeNull();
      const skipped = await c.find({}, { sort: [['_id', 'asc']], skip: 3, limit: 10 });
      expect(ids(skipped.items)).toEqual(['p4', 'p5']);
    });

    test('cursor pages include documents whose sort field is null or missing, both directions', async () => {
      const c = await seed();
      await c.update('p3', { set: { nickname: 'x' } });
      await c.update('p4', { set: { nickname: 'y' } });
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 10; page++) {
          const r = await c.find({}, { sort: [['nickname', dir]], limit: 2, after });
          seen.push(...ids(r.items));
          if (!r.nextCursor) break;
          after = r.nextCursor;
        }
        expect([...seen].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
        expect(seen).toHaveLength(5);
      }
    });

    test('a tampered cursor is rejected as BAD_QUERY', async () => {
      const c = await seed();
      await expect(c.find({}, { after: 'not-a-cursor' })).rejects.toMatchObject({
        code: 'BAD_QUERY',
      });
    });

    test('transaction commits all writes together', async () => {
      await store.transaction(async (tx) => {
        await tx.insert(courses, { _id: 'c1', capacity: 2, confirmed: 0 });
        const c = await tx.get(courses, 'c1');
        expect(c?.confirmed).toBe(0);
        await tx.update(courses, 'c1', { inc: { confirmed: 1 } }, { ifVersion: 1 });
        await tx.insert(seats, { _id: 'c1:u1', courseId: 'c1', userId: 'u1' });
      });
      expect(await store.collection(courses).get('c1')).toMatchObject({
        confirmed: 1,
        _version: 2,
      });
      expect(await store.collection(seats).get('c1:u1')).toMatchObject({ userId: 'u1' });
    });

    test('a throw inside a transaction rolls every write back and is rethrown', async () => {
      await store.collection(courses).insert({ _id: 'c2', capacity: 5, confirmed: 0 });
      const boom = new Error('crash mid-handler');
      await expect(
        store.transaction(async (tx) => {
          await tx.update(courses, 'c2', { inc: { confirmed: 1 } });
          await tx.insert(seats, { _id: 'c2:u1', courseId: 'c2', userId: 'u1' });
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await store.collection(courses).get('c2')).toMatchObject({
        confirmed: 0,
        _version: 1,
      });
      expect(await store.collection(seats).get('c2:u1')).toBeNull();
    });

    test('inside a transaction, a duplicate insert and a stale version fail and roll back', async () => {
      await store.collection(courses).insert({ _id: 'c3', capacity: 5, confirmed: 0 });
      await store.collection(seats).insert({ _id: 'c3:u1', courseId: 'c3', userId: 'u1' });
      await expect(
        store.transaction(async (tx) => {
          await tx.update(courses, 'c3', { inc: { confirmed: 1 } });
          await tx.insert(seats, { _id: 'c3:u1', courseId: 'c3', userId: 'u1' });
        }),
      ).rejects.toMatchObject({ code: 'DUPLICATE' });
      await expect(
        store.transaction(async (tx) => {
          await tx.update(courses, 'c3', { inc: { confirmed: 1 } }, { ifVersion: 7 });
        }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      expect(await store.collection(courses).get('c3')).toMatchObject({
        confirmed: 0,
        _version: 1,
      });
    });

    test('a duplicate insert ends its transaction even when caught: nothing after it runs or commits', async () => {
      // CloudBase's database (MongoDB) aborts a transaction on any error inside it; code that
      // catches the DUPLICATE and goes on in the same transaction fails there, so it fails here.
      await store.collection(courses).insert({ _id: 'c5', capacity: 5, confirmed: 0 });
      await store.collection(seats).insert({ _id: 'c5:u1', courseId: 'c5', userId: 'u1' });
      const outcome = await store
        .transaction(async (tx) => {
          await tx.update(courses, 'c5', { inc: { confirmed: 1 } });
          try {
            await tx.insert(seats, { _id: 'c5:u1', courseId: 'c5', userId: 'u1' });
          } catch (e) {
            if (!isStoreError(e, 'DUPLICATE')) throw e;
          }
          await tx.insert(seats, { _id: 'c5:u2', courseId: 'c5', userId: 'u2' });
          return 'went on';
        })
        .then(
          (r) => r,
          () => 'failed',
        );
      expect(outcome).toBe('failed');
      expect(await store.collection(courses).get('c5')).toMatchObject({ confirmed: 0 });
      expect(await store.collection(seats).get('c5:u2')).toBeNull();
    });

    test('seat invariant: 40 concurrent sign-ups for 10 seats give exactly 10, one per person', async () => {
      await store.collection(courses).insert({ _id: 'c4', capacity: 10, confirmed: 0 });
      const signUp = (userId: string) =>
        retryOnConflict(() =>
          store.transaction(async (tx) => {
            const course = await tx.get(courses, 'c4');
            if (!course) throw new Error('course missing');
            const seatId = `c4:${userId}`;
            if (await tx.get(seats, seatId)) return 'already';
            if (course.confirmed >= course.capacity) return 'full';
            await tx.update(
              courses,
              'c4',
              { inc: { confirmed: 1 } },
              { ifVersion: course._version },
            );
            await tx.insert(seats, { _id: seatId, courseId: 'c4', userId });
            return 'confirmed';
          }),
        );
      const users = Array.from({ length: 40 }, (_, i) => `u${i % 35}`);
      const results = await Promise.all(users.map(signUp));
      const confirmed = results.filter((r) => r === 'confirmed').length;
      expect(confirmed).toBe(10);
      expect(await store.collection(courses).get('c4')).toMatchObject({ confirmed: 10 });
      expect(await store.collection(seats).count({ courseId: 'c4' })).toBe(10);
    });
  });
}
