import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import type { CollectionDef } from '../platform/ports/store';
import { feedbackCollection } from './feedback-collection';
import { feedbackFunction } from './feedback-function';
import { migrateLegacyFeedback } from './legacy-feedback-fields';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const base = {
  userId: 'u-old',
  submitterName: '王桂兰',
  villageId: 'village-zheqiao-qimou',
  townId: 'town-zheqiao',
  category: 'help',
  content: '村口的路灯坏了',
  contact: null,
  createdAt: '2026-11-27T02:00:00.000Z',
};

test('feedback from before issue 15 gets its level and deadline, once', async () => {
  const raw = t.store.collection({ ...feedbackCollection } as CollectionDef<
    Record<string, unknown>
  >);
  await raw.insert({
    _id: 'fb-old-received',
    ...base,
    status: 'received',
    reply: null,
    repliedBy: null,
    repliedAt: null,
  });
  await raw.insert({
    _id: 'fb-old-replied',
    ...base,
    status: 'replied',
    reply: '已安排',
    repliedBy: 'u-cadre',
    repliedAt: '2026-11-27T05:00:00.000Z',
  });
  expect(await migrateLegacyFeedback(t.store)).toBe(2);
  expect(await migrateLegacyFeedback(t.store)).toBe(0);

  const call = t.client(feedbackFunction);
  // Friday 11-27 + 5 working days = Friday 12-04.
  expect(await call('village_cadre', 'inbox', {})).toMatchObject({
    ok: true,
    data: { items: [{ feedbackId: 'fb-old-received', deadline: { dueOn: '2026-12-04' } }] },
  });
  expect(await call('village_cadre', 'get', { feedbackId: 'fb-old-replied' })).toMatchObject({
    ok: true,
    data: { status: 'answered', replies: [{ text: '已安排', byLevel: 'village' }], canAct: true },
  });
});
