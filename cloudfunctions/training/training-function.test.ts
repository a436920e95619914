import { isWellFormedSerial } from '../../shared/src/training/certificate-serial';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { usersCollection } from '../platform/runtime/platform-collections';
import { sessionCodeAt } from './session-code';
import { certificatesCollection, coursesCollection } from './training-collections';
import { trainingFunction } from './training-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(trainingFunction);
});
afterEach(() => t.cleanup());

const v = (n: number) => ({ persona: 'villager' as const, as: `t${n}` });
const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

test('anyone can browse the seeded courses; filters narrow them', async () => {
  const all = data(await call(null, 'listCourses', {})).items as Array<{
    title: string;
    openForSignup: boolean;
  }>;
  expect(all.map((c) => c.title)).toEqual(
    expect.arrayContaining([
      '挖掘机操作（初级）',
      '电焊工（焊条电弧焊）',
      '面点制作（牛肉面、油香、馓子）',
      '缝纫（民族服饰加工）',
    ]),
  );
  expect(all.every((c) => c.openForSignup)).toBe(true);
  const welding = data(await call(null, 'listCourses', { category: 'welding' })).items as Array<{
    category: string;
  }>;
  expect(welding.length).toBe(2);
  expect(welding.every((c) => c.category === 'welding')).toBe(true);
  expect(data(await call(null, 'listCourses', { townId: 'town-nanlong' })).items).toHaveLength(1);
});

test('seats fill first, then the waitlist in order; a double tap keeps one enrollment', async () => {
  const course = 'course-demo-welding-advanced'; // 2 seats
  const results = [];
  for (let i = 0; i < 4; i++) results.push(data(await call(v(i), 'enroll', { courseId: course })));
  expect(results.map((r) => [r.status, r.waitlistPosition])).toEqual([
    ['confirmed', null],
    ['confirmed', null],
    ['waitlisted', 1],
    ['waitlisted', 2],
  ]);
  const again = data(await call(v(0), 'enroll', { courseId: course }));
  expect(again.enrollmentId).toBe(results[0]?.enrollmentId);
  expect(await t.store.collection(coursesCollection).get(course)).toMatchObject({
    confirmed: 2,
    waitlisted: 2,
    seatsLeft: 0,
  });
});

test('cancelling a seat promotes the first waitlisted trainee and notifies them', async () => {
  const course = 'course-demo-welding-advanced';
  for (let i = 0; i < 4; i++) await call(v(i), 'enroll', { courseId: course });
  const cancelled = data(await call(v(1), 'cancel', { courseId: course }));
  expect(cancelled.status).toBe('cancelled');
  const mine = (n: number) =>
    call(v(n), 'myEnrollments', {}).then(
      (r) => (data(r).items as Array<{ status: string; waitlistPosition: number | null }>)[0],
    );
  expect(await mine(2)).toMatchObject({ status: 'confirmed' });
  expect(await mine(3)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  expect((await notificationOutbox(t.store)).map((n) => n.template)).toEqual(['training.promoted']);
  expect(await t.store.collection(coursesCollection).get(course)).toMatchObject({
    confirmed: 2,
    waitlisted: 1,
  });
  // Re-enrolling after cancelling joins the back of the line.
  expect(data(await call(v(1), 'enroll', { courseId: course }))).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 2,
  });
});

test('the sign-up window, age and residence are enforced with plain reasons', async () => {
  const courseId = 'course-demo-pastry';
  t.clock.advance(31 * 86_400_000);
  expect(await call('villager', 'enroll', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '报名已经截止了。' },
  });
  t.clock.advance(-31 * 86_400_000);
  await t.store.collection(coursesCollection).update(courseId, { set: { maxAge: 50 } });
  expect(await call('villager', 'enroll', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('年龄超过') },
  });
  const stranger = { persona: 'villager' as const, as: 'moved-away' };
  const me = data(await call(stranger, 'enroll', { courseId: 'course-demo-welding' }));
  expect(me.status).toBe('confirmed');
  const user = (
    await t.store.collection(usersCollection).find({ openid: 'dev:villager:as:moved-away' })
  ).items[0];
  await t.store.collection(usersCollection).update(user?._id ?? '', { set: { villageId: null } });
  expect(await call(stranger, 'enroll', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('本市村民') },
  });
  expect(await call('admin', 'enroll', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('cancelling is refused within the cut-off before the first session', async () => {
  await call('villager', 'enroll', { courseId: 'course-demo-sewing' });
  expect(await call('villager', 'cancel', { courseId: 'course-demo-sewing' })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('24 小时内') },
  });
});

test('check-in with the rotating code, once per session; completion issues a verifiable certificate', async () => {
  const courseId = 'course-demo-sewing';
  const enrollmentId = String(data(await call('villager', 'enroll', { courseId })).enrollmentId);
  const shown = data(await call('trainer', 'sessionCode', { courseId, sessionId: 's1' }));
  expect(shown.code).toMatch(/^\d{6}$/);
  expect(
    await call('villager', 'checkIn', {
      courseId,
      sessionId: 's1',
      code: '000000' === shown.code ? '111111' : '000000',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { code: expect.any(String) } },
  });
  expect(
    data(await call('villager', 'checkIn', { courseId, sessionId: 's1', code: shown.code })),
  ).toMatchObject({ status: 'attended', checkIns: ['s1'] });
  expect(
    await call('villager', 'checkIn', { courseId, sessionId: 's1', code: shown.code }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  // Later sessions, one a day: the code of that moment.
  for (const [i, s] of ['s2', 's3', 's4'].entries()) {
    t.clock.advance(86_400_000);
    const code = sessionCodeAt(t.platform.deps.dataKeys.hashKey, courseId, s, t.clock.now());
    expect((await call('villager', 'checkIn', { courseId, sessionId: s, code })).ok).toBe(true);
    if (i === 0) {
      expect(await call('trainer', 'complete', { enrollmentId })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('至少 4 次') },
      });
    }
  }
  const done = data(await call('trainer', 'complete', { enrollmentId }));
  expect(done.status).toBe('completed');
  const serial = String(done.certificateSerial);
  expect(isWellFormedSerial(serial)).toBe(true);
  expect(await call(null, 'verifyCertificate', { serial: serial.toLowerCase() })).toMatchObject({
    ok: true,
    data: { valid: true, nameMasked: '马*礼', courseTitle: '缝纫（民族服饰加工）' },
  });
  expect(
    await call(null, 'verifyCertificate', {
      serial: serial.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    }),
  ).toMatchObject({ ok: true, data: { valid: false } });
  // The sequence alone (the old, guessable form of the same number) finds nothing.
  const [, year, seq] = /^LX(\d{4})-(\d{6})-/.exec(serial) ?? [];
  expect(serial).toMatch(/^LX\d{4}-\d{6}-[2-9A-HJKMNP-Z]{5}-[A-Z]$/);
  for (const letter of 'ABCDEFGHJKLMNPQRSTUVWXY') {
    const guess = await call(null, 'verifyCertificate', { serial: `LX${year}-${seq}-${letter}` });
    expect(guess).toMatchObject({ ok: true, data: { valid: false } });
  }
  // 劳务输出: the job afterwards, counted in the cadres' statistics.
  expect(
    (
      await call('villager', 'recordEmployment', {
        enrollmentId,
        employer: '临夏市民族服饰厂',
        jobType: '缝纫工',
        monthlyIncome: 3800,
        startedOn: '2026-12-10',
      })
    ).ok,
  ).toBe(true);
  expect(await call('village_cadre', 'employmentStats', {})).toMatchObject({
    ok: true,
    data: { placed: 1, averageMonthlyIncome: 3800, averageYearlyEarnings: 45600 },
  });
  expect(await call('village_cadre_b', 'employmentStats', {})).toMatchObject({
    ok: true,
    data: { placed: 0 },
  });
});

test('rosters: the trainer sees all; a village cadre sees only their village; others NOT_FOUND', async () => {
  const courseId = 'course-demo-welding';
  await call('villager', 'enroll', { courseId });
  // 王桂兰 herself is 63, over the age limit: a younger villager of 王坪村 signs up.
  expect(await call('villager_b', 'enroll', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
  await call({ persona: 'villager_b', as: 'wp1' }, 'enroll', { courseId });
  const names = (r: Awaited<ReturnType<typeof call>>) =>
    (data(r).items as Array<{ name: string }>).map((e) => e.name).sort();
  expect(names(await call('trainer', 'roster', { courseId }))).toEqual(['王wp1', '马文礼']);
  expect(names(await call('village_cadre', 'roster', { courseId }))).toEqual(['马文礼']);
  expect(names(await call('village_cadre_b', 'roster', { courseId }))).toEqual(['王wp1']);
  expect(await call('villager', 'roster', { courseId })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await call('trainer', 'roster', { courseId: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('upsertCourse validates and never shrinks capacity below seats taken', async () => {
  const bad = await call('trainer', 'upsertCourse', {
    title: '电',
    category: 'welding',
    townId: null,
    location: '某地',
    description: '',
    requirements: '',
    sessions: [],
    capacity: 0,
    signupOpensAt: '2026-12-01T00:00:00+08:00',
    signupClosesAt: '2026-11-01T00:00:00+08:00',
    attendanceToComplete: 1,
  });
  expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  if (bad.ok) return;
  expect(Object.keys(bad.error.fieldErrors ?? {})).toEqual(
    expect.arrayContaining(['title', 'sessions', 'capacity', 'signupClosesAt']),
  );
  const course = (over: Record<string, unknown> = {}) => ({
    title: '电工入门',
    category: 'other',
    townId: 'town-nanlong',
    location: '南龙镇',
    description: '安全用电',
    requirements: '',
    sessions: [
      {
        sessionId: 's1',
        topic: '安全',
        startsAt: '2026-12-20T09:00:00+08:00',
        endsAt: '2026-12-20T12:00:00+08:00',
      },
    ],
    capacity: 2,
    signupOpensAt: '2026-11-01T00:00:00+08:00',
    signupClosesAt: '2026-12-19T00:00:00+08:00',
    attendanceToComplete: 1,
    ...over,
  });
  const created = data(await call('trainer', 'upsertCourse', course()));
  const courseId = String(created.courseId);
  await call(v(1), 'enroll', { courseId });
  await call(v(2), 'enroll', { courseId });
  expect(await call('trainer', 'upsertCourse', course({ courseId, capacity: 1 }))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '已经有 2 人报上，名额不能少于这个数。' },
  });
  expect(
    await call('trainer', 'upsertCourse', course({ courseId, status: 'closed' })),
  ).toMatchObject({
    ok: true,
    data: { status: 'closed', confirmed: 2, seatsLeft: 0 },
  });
  // Admins may edit any course.
  expect(await call('admin', 'upsertCourse', course({ courseId, capacity: 3 }))).toMatchObject({
    ok: true,
    data: { seatsLeft: 1 },
  });
  expect(await call('villager', 'upsertCourse', {})).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
});

test('a sign-up window written in Beijing time (+08:00) opens and closes at those instants', async () => {
  // The test clock stands at 2026-11-28T02:00Z, i.e. 10:00 in Beijing.
  const course = (signupOpensAt: string, signupClosesAt: string) => ({
    title: '面点速成',
    category: 'pastry',
    townId: 'town-nanlong',
    location: '南龙镇',
    description: '',
    requirements: '',
    sessions: [
      {
        sessionId: 's1',
        topic: '和面',
        startsAt: '2026-12-20T09:00:00+08:00',
        endsAt: '2026-12-20T12:00:00+08:00',
      },
    ],
    capacity: 5,
    signupOpensAt,
    signupClosesAt,
    attendanceToComplete: 1,
  });
  // Closed at 09:00 Beijing, an hour ago: as text "…T02:00Z" sorts before "…T09:00+08:00".
  const closed = data(
    await call(
      'trainer',
      'upsertCourse',
      course('2026-11-20T08:00:00+08:00', '2026-11-28T09:00:00+08:00'),
    ),
  );
  expect(closed.signupClosesAt).toBe('2026-11-28T01:00:00.000Z');
  expect(closed.openForSignup).toBe(false);
  expect(await call(v(1), 'enroll', { courseId: closed.courseId })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '报名已经截止了。' },
  });
  // Opened at 09:30 Beijing, half an hour ago.
  const open = data(
    await call(
      'trainer',
      'upsertCourse',
      course('2026-11-28T09:30:00+08:00', '2026-12-10T18:00:00+08:00'),
    ),
  );
  expect(open.openForSignup).toBe(true);
  expect(data(await call(v(1), 'enroll', { courseId: open.courseId })).status).toBe('confirmed');
  const listed = data(await call(null, 'listCourses', { openForSignup: true, limit: 100 }));
  const ids = (listed.items as Array<{ courseId: string }>).map((c) => c.courseId);
  expect(ids).toContain(open.courseId);
  expect(ids).not.toContain(closed.courseId);
});

test('certificates issued before serials had a random part keep verifying', async () => {
  await t.store.collection(certificatesCollection).insert({
    _id: 'LX2026-000123-E',
    enrollmentId: 'old-enrollment',
    courseId: 'course-demo-sewing',
    userId: 'old-user',
    name: '马文礼',
    courseTitle: '缝纫（民族服饰加工）',
    issuedAt: '2026-03-01T02:00:00.000Z',
  });
  expect(await call(null, 'verifyCertificate', { serial: 'lx2026-000123-e' })).toMatchObject({
    ok: true,
    data: { valid: true, serial: 'LX2026-000123-E', nameMasked: '马*礼' },
  });
});
