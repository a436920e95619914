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

type Who = Parameters<typeof call>[0];
const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

async function finishedCourse(category: string, trainees: Who[]): Promise<string[]> {
  const course = data(
    await call('trainer', 'upsertCourse', {
      title: `统计用课程${category}`,
      category,
      townId: null,
      location: '培训点',
      description: '',
      requirements: '',
      sessions: [
        {
          sessionId: 's1',
          topic: '整期',
          startsAt: '2026-11-28T09:00:00+08:00',
          endsAt: '2026-11-28T12:00:00+08:00',
        },
      ],
      capacity: 10,
      signupOpensAt: '2026-11-01T00:00:00+08:00',
      signupClosesAt: '2026-11-28T11:00:00+08:00',
      attendanceToComplete: 1,
      cancelHoursBefore: 0,
    }),
  );
  const courseId = String(course.courseId);
  const ids: string[] = [];
  for (const who of trainees) {
    const enrollmentId = String(data(await call(who, 'enroll', { courseId })).enrollmentId);
    const { code } = data(await call('trainer', 'sessionCode', { courseId, sessionId: 's1' }));
    data(await call(who, 'checkIn', { courseId, sessionId: 's1', code }));
    data(await call('trainer', 'complete', { enrollmentId }));
    ids.push(enrollmentId);
  }
  return ids;
}

test('劳务输出 counts by course type, village, employer and income band, within the caller’s unit', async () => {
  const qi = { persona: 'villager' as const, as: 'q1' };
  const wang = { persona: 'villager_b' as const, as: 'w1' };
  const [sewQi, sewWang] = await finishedCourse('sewing', [qi, wang]);
  const [weldQi] = await finishedCourse('welding', [{ persona: 'villager', as: 'q2' }]);
  const job = (
    enrollmentId: string | undefined,
    employer: string,
    jobType: string,
    income: number,
  ) => ({
    enrollmentId,
    employer,
    jobType,
    monthlyIncome: income,
    startedOn: '2026-12-01',
  });
  data(await call(qi, 'recordEmployment', job(sewQi, '临夏市民族服饰厂', '缝纫工', 3800)));
  data(await call(wang, 'recordEmployment', job(sewWang, '临夏市民族服饰厂', '锁边工', 2800)));
  data(await call('admin', 'recordEmployment', job(weldQi, '兰州新区钢构公司', '电焊工', 8500)));

  const city = data(await call('admin', 'employmentStats', {}));
  expect(city).toMatchObject({ placed: 3, averageMonthlyIncome: 5033 });
  expect(city.byCategory).toEqual(
    expect.arrayContaining([
      { category: 'sewing', placed: 2 },
      { category: 'welding', placed: 1 },
    ]),
  );
  expect(city.byVillage).toEqual([
    expect.objectContaining({ villageName: '祁牟村', placed: 2 }),
    expect.objectContaining({ villageName: '王坪村', placed: 1 }),
  ]);
  expect(city.byEmployer).toEqual([
    { employer: '临夏市民族服饰厂', jobTypes: ['缝纫工', '锁边工'], placed: 2 },
    { employer: '兰州新区钢构公司', jobTypes: ['电焊工'], placed: 1 },
  ]);
  expect(city.byIncomeBand).toEqual([
    { band: 'under_3000', jobs: 1 },
    { band: '3000_4999', jobs: 1 },
    { band: '5000_7999', jobs: 0 },
    { band: '8000_up', jobs: 1 },
  ]);

  const village = data(await call('village_cadre_b', 'employmentStats', {}));
  expect(village).toMatchObject({ placed: 1 });
  expect(village.byVillage).toEqual([
    expect.objectContaining({ villageName: '王坪村', placed: 1 }),
  ]);
  expect(village.byEmployer).toEqual([
    { employer: '临夏市民族服饰厂', jobTypes: ['锁边工'], placed: 1 },
  ]);
});
