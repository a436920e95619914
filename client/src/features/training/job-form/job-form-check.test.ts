import { checkJobForm } from './job-form-check';

test('a complete job form becomes the recordEmployment payload', () => {
  expect(
    checkJobForm('e1', {
      employer: ' 临夏市民族服饰厂 ',
      jobType: '缝纫工',
      monthlyIncome: '3800',
      startedOn: '2026-12-10',
    }),
  ).toEqual({
    ok: true,
    payload: {
      enrollmentId: 'e1',
      employer: '临夏市民族服饰厂',
      jobType: '缝纫工',
      monthlyIncome: 3800,
      startedOn: '2026-12-10',
    },
  });
});

test('each missing or wrong field gets its own plain reason', () => {
  const r = checkJobForm('e1', {
    employer: '厂',
    jobType: '',
    monthlyIncome: '三千',
    startedOn: '2026-02-30',
  });
  expect(r).toEqual({
    ok: false,
    fieldErrors: {
      employer: expect.stringContaining('至少 2 个字'),
      jobType: expect.stringContaining('干什么活'),
      monthlyIncome: expect.stringContaining('整数'),
      startedOn: '日期格式应为 2026-01-31',
    },
  });
});
