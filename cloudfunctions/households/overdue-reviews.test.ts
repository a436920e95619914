import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsFunction } from './households-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

test('到期未复核的三类户 can be listed: the households the dashboard counts', async () => {
  // A year on, every 三类户 is past its 90-day review.
  t.clock.set(new Date('2027-12-01T02:00:00Z'));
  const dashboard = await call('city_approver', 'dashboard', {});
  if (!dashboard.ok) throw new Error(JSON.stringify(dashboard.error));
  const overdue = Number(dashboard.data.overdueReviews);
  expect(overdue).toBeGreaterThan(0);
  const listed = await call('city_approver', 'list', { reviewOverdue: true, limit: 50 });
  if (!listed.ok) throw new Error(JSON.stringify(listed.error));
  const items = listed.data.items as { category: string }[];
  expect(items.length).toBe(Math.min(overdue, 50));
  expect(new Set(items.map((h) => h.category))).toEqual(new Set(['monitored']));
});
