import { addSession, checkCourseForm, courseFormFrom, emptyCourseForm } from './course-form';
import type { CourseForm } from './course-form';

// 2026-11-28 10:00 in Beijing.
const now = new Date('2026-11-28T02:00:00Z');

function filled(over: Partial<CourseForm> = {}): CourseForm {
  const f = emptyCourseForm(now);
  return { ...f, title: '挖掘机操作', location: '祁牟村文化活动中心', ...over };
}

test('a new course opens today, closes in 6 days and has one class a week out', () => {
  const f = emptyCourseForm(now);
  expect(f).toMatchObject({ opensOn: '2026-11-28', closesOn: '2026-12-04', status: 'published' });
  expect(f.sessions).toEqual([
    { sessionId: 's1', topic: '第1课', date: '2026-12-05', start: '09:00', end: '12:00' },
  ]);
});

test('another class follows the last one a day later, with a fresh id', () => {
  const two = addSession(addSession([], now), now);
  expect(two.map((s) => [s.sessionId, s.date])).toEqual([
    ['s1', '2026-12-05'],
    ['s2', '2026-12-06'],
  ]);
  const gap = addSession(two.slice(1), now);
  expect(gap.map((s) => s.sessionId)).toEqual(['s2', 's3']);
});

test('a filled form becomes the upsertCourse payload in Beijing time', () => {
  const r = checkCourseForm(
    filled({ capacity: '2', sessions: addSession(addSession([], now), now) }),
  );
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.payload).toMatchObject({
    title: '挖掘机操作',
    capacity: 2,
    signupOpensAt: '2026-11-28T00:00:00+08:00',
    signupClosesAt: '2026-12-04T18:00:00+08:00',
    sessions: [
      {
        sessionId: 's1',
        startsAt: '2026-12-05T09:00:00+08:00',
        endsAt: '2026-12-05T12:00:00+08:00',
      },
      { sessionId: 's2', startsAt: '2026-12-06T09:00:00+08:00' },
    ],
  });
  expect(r.payload).not.toHaveProperty('courseId');
});

test('mistakes get a Chinese reason under their own field', () => {
  const r = checkCourseForm(
    filled({
      title: '挖',
      capacity: '0',
      closesOn: '2026-11-01',
      maxAge: '15',
      minAge: '20',
      attendanceToComplete: '3',
      sessions: [{ sessionId: 's1', topic: '', date: '2026-13-01', start: '09:00', end: '08:00' }],
    }),
  );
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.fieldErrors).toEqual({
    title: '课程名称至少 2 个字',
    capacity: '名额要在 1 到 1000 之间',
    signupClosesAt: '报名截止要晚于报名开始',
    maxAge: '最大年龄不能小于最小年龄',
    attendanceToComplete: '结业所需签到次数不能多于课次',
    'sessions.0.topic': '请填写这次课的内容',
    'sessions.0.startsAt': '日期格式应为 2026-01-31',
    'sessions.0.endsAt': '日期格式应为 2026-01-31',
  });
});

test('editing keeps the course id and version for the server’s check', () => {
  const f = courseFormFrom({
    courseId: 'c1',
    version: 3,
    title: '电焊',
    category: 'welding',
    townId: null,
    townName: null,
    location: '南龙镇',
    description: '',
    requirements: '',
    sessions: [
      {
        sessionId: 's1',
        topic: '入门',
        startsAt: '2026-12-20T01:00:00.000Z',
        endsAt: '2026-12-20T04:00:00.000Z',
      },
    ],
    capacity: 20,
    confirmed: 0,
    waitlisted: 0,
    seatsLeft: 20,
    signupOpensAt: '2026-11-01T00:00:00.000Z',
    signupClosesAt: '2026-12-19T10:00:00.000Z',
    openForSignup: true,
    minAge: 18,
    maxAge: 55,
    residentOnly: false,
    attendanceToComplete: 1,
    cancelHoursBefore: 24,
    status: 'published',
    demo: false,
  });
  expect(f.sessions[0]).toMatchObject({ date: '2026-12-20', start: '09:00', end: '12:00' });
  const r = checkCourseForm(f);
  expect(r.ok && r.payload).toMatchObject({
    courseId: 'c1',
    expectedVersion: 3,
    signupClosesAt: '2026-12-19T18:00:00+08:00',
    minAge: 18,
    residentOnly: false,
  });
});
