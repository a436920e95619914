import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsCollection } from './household-collections';
import { householdsFunction } from './households-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

async function householdsAndMembers() {
  let households = 0;
  let members = 0;
  let after: string | undefined;
  for (;;) {
    const page = await t.store
      .collection(householdsCollection)
      .find({}, { sort: [['headName', 'asc']], limit: 500, after });
    households += page.items.length;
    members += page.items.reduce((n, h) => n + h.members.length, 0);
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return { households, members };
}

test('the export counts households as well as member rows', async () => {
  const expected = await householdsAndMembers();
  expect(expected.members).toBeGreaterThan(expected.households);
  const r = await call('city_approver', 'export', {});
  expect(r).toMatchObject({
    ok: true,
    data: { households: expected.households, rows: expected.members },
  });
});

test('the export file is named for the China date, not the UTC one', async () => {
  // 17:30 UTC on 2 December is 01:30 on 3 December in China.
  t.clock.set(new Date('2026-12-02T17:30:00Z'));
  const made = await call('city_approver', 'export', {});
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const got = await call('city_approver', 'downloadExport', {
    exportId: String(made.data.exportId),
  });
  expect(got).toMatchObject({ ok: true, data: { fileName: '户情-2026-12-03.xlsx' } });
});
