import type { Store } from '../platform/ports/store';
import { StoreError } from '../platform/ports/store';
import { createFunctionEntry } from '../platform/runtime/run-action';
import type { RetryTimer } from '../platform/runtime/transaction-retry';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { coursesCollection } from './training-collections';
import { trainingFunction } from './training-function';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const course = 'course-demo-welding-advanced';

/**
 * The real SQLite store, except that every transaction over the course loses its race `losses`
 * times (its writes roll back, as when another sign-up committed first).
 */
function contended(store: Store, losses: number): Store & { lost(): number } {
  let lost = 0;
  return {
    collection: (def) => store.collection(def),
    ensureCollections: (defs) => store.ensureCollections(defs),
    close: () => store.close(),
    transaction: (fn) =>
      store.transaction(async (tx) => {
        let touchesCourse = false;
        const result = await fn({
          ...tx,
          get: (def, id) => {
            if (def.name === coursesCollection.name) touchesCourse = true;
            return tx.get(def, id);
          },
          insert: (def, doc) => tx.insert(def, doc),
          update: (def, id, update, options) => tx.update(def, id, update, options),
          remove: (def, id) => tx.remove(def, id),
        });
        if (touchesCourse && lost < losses) {
          lost++;
          throw new StoreError('VERSION_CONFLICT', 'another sign-up won');
        }
        return result;
      }),
    lost: () => lost,
  };
}

function fakeTimer(): RetryTimer & { elapsed(): number } {
  let t0 = 0;
  return {
    now: () => t0,
    sleep: (ms) => {
      t0 += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    elapsed: () => t0,
  };
}

async function enrollAs(store: Store, timer: RetryTimer, functionTimeoutMs: number) {
  const deps = t.platform.deps;
  const entry = createFunctionEntry(trainingFunction, {
    ...deps,
    store,
    retryTimer: timer,
    limits: { ...deps.limits, functionTimeoutMs },
  });
  const token = await t.tokenFor('villager', 'contended-1');
  return entry(
    { action: 'enroll', payload: { courseId: course } },
    { authorization: `Bearer ${token}` },
  );
}

test('a sign-up that loses its first race is retried and gets its seat', async () => {
  const store = contended(t.platform.deps.store, 1);
  const timer = fakeTimer();
  const r = await enrollAs(store, timer, 10_000);
  expect(r).toMatchObject({ ok: true, data: { status: 'confirmed' } });
  expect(store.lost()).toBe(1);
  expect(await t.store.collection(coursesCollection).get(course)).toMatchObject({ confirmed: 1 });
});

test('a sign-up that keeps losing answers CONFLICT「人多，请稍后再试」 before the function timeout', async () => {
  const store = contended(t.platform.deps.store, Number.POSITIVE_INFINITY);
  const timer = fakeTimer();
  const r = await enrollAs(store, timer, 10_000);
  expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: '人多，请稍后再试。' } });
  expect(store.lost()).toBeGreaterThan(5);
  // It stopped with a third of the 10 s timeout (at least 2 s) left for the rest of the call.
  expect(timer.elapsed()).toBeLessThanOrEqual(6_666);
  expect(await t.store.collection(coursesCollection).get(course)).toMatchObject({ confirmed: 0 });
});
