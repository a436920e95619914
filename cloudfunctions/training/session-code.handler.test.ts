import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { trainingFunction } from './training-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(trainingFunction);
});
afterEach(() => t.cleanup());

// The seeded sewing course's first class began half an hour ago; the others follow daily.
const courseId = 'course-demo-sewing';

test('a code is shown for the class in its check-in window', async () => {
  expect(await call('trainer', 'sessionCode', { courseId, sessionId: 's1' })).toMatchObject({
    ok: true,
    data: { code: expect.stringMatching(/^\d{6}$/) },
  });
});

test('no code for a class outside its check-in window: tomorrow’s, or one long over', async () => {
  expect(await call('trainer', 'sessionCode', { courseId, sessionId: 's2' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('签到时间') },
  });
  // 3 h of class + the 30-minute margin after it: s1 is closed 3.5 h after it began.
  t.clock.advance(3.5 * 3_600_000);
  expect(await call('admin', 'sessionCode', { courseId, sessionId: 's1' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});
