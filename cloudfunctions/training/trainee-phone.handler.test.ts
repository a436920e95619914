import { auditCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { usersFunction } from '../users/users-function';
import { trainingFunction } from './training-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
let users: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(trainingFunction);
  users = t.client(usersFunction);
});
afterEach(() => t.cleanup());

const courseId = 'course-demo-welding';
const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

async function enrolledWithPhone(): Promise<string> {
  expect(
    (await users('villager', 'updateProfile', { name: '马文礼', phone: '13912345678' })).ok,
  ).toBe(true);
  return String(data(await call('villager', 'enroll', { courseId })).enrollmentId);
}

test('the roster shows only the last 4; the course’s trainer gets the full number, audited', async () => {
  const enrollmentId = await enrolledWithPhone();
  const roster = data(await call('trainer', 'roster', { courseId })).items as Array<{
    phoneMasked: string | null;
  }>;
  expect(roster.map((r) => r.phoneMasked)).toEqual(['*******5678']);
  expect(await call('trainer', 'traineePhone', { courseId, enrollmentId })).toMatchObject({
    ok: true,
    data: { phone: '13912345678' },
  });
  expect(await call('admin', 'traineePhone', { courseId, enrollmentId })).toMatchObject({
    ok: true,
  });
  const audits = (
    await t.store.collection(auditCollection).find({ entity: 'trainee_phone_read' }, { limit: 10 })
  ).items;
  expect(audits.map((a) => a.actorRole).sort()).toEqual(['admin', 'trainer']);
  const entry = audits.find((a) => a.actorRole === 'trainer');
  expect(entry).toMatchObject({ entityId: enrollmentId, action: 'traineePhone' });
  expect(entry?.note).toContain(courseId);
  expect(JSON.stringify(audits)).not.toContain('13912345678');
});

test('refused for another trainer’s course, a trainee of another course, or a cancelled one', async () => {
  const enrollmentId = await enrolledWithPhone();
  const before = (
    await t.store.collection(auditCollection).find({ entity: 'trainee_phone_read' }, { limit: 10 })
  ).items.length;
  expect(
    await call({ persona: 'trainer', as: 'other' }, 'traineePhone', { courseId, enrollmentId }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  // The trainer runs the pastry course too, but this villager is not in it.
  expect(
    await call('trainer', 'traineePhone', { courseId: 'course-demo-pastry', enrollmentId }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '这个人没有报这门课。' } });
  expect(await call('village_cadre', 'traineePhone', { courseId, enrollmentId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await call('villager', 'cancel', { courseId })).ok).toBe(true);
  expect(await call('trainer', 'traineePhone', { courseId, enrollmentId })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  const after = (
    await t.store.collection(auditCollection).find({ entity: 'trainee_phone_read' }, { limit: 10 })
  ).items.length;
  expect(after).toBe(before);
});

test('a trainee without a phone gets a clear answer', async () => {
  const who = { persona: 'villager' as const, as: 'no-phone' };
  const enrollmentId = String(data(await call(who, 'enroll', { courseId })).enrollmentId);
  expect(await call('trainer', 'traineePhone', { courseId, enrollmentId })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: '这位学员没有留手机号，请联系村干部。' },
  });
});
