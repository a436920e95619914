import { nextStepText, type NextStepFacts } from './next-step-text';
import { reportFixture } from './risk-report-fixture';

const TODAY = '2026-12-02';
const due = (dueOn: string, overdue = false) => ({ dueOn, daysLeft: overdue ? -1 : 3, overdue });
const noActions = reportFixture().can;

const measure = (status: 'planned' | 'in_progress' | 'done') => ({
  measureId: `m-${status}`,
  sector: 'health' as const,
  title: '家庭医生签约',
  department: '市卫生健康局',
  responsible: '李医生',
  dueOn: '2026-12-20',
  status,
  note: null,
  overdue: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const plan = {
  text: '一户一策',
  insurance: { enrolled: true, policyNumber: null },
  measures: [measure('done'), measure('in_progress'), measure('planned')],
  setAt: '2026-12-01T00:00:00.000Z',
  setByName: '马建国',
  warnings: [],
};

const cases: [string, Partial<NextStepFacts>, string][] = [
  ['submitted', { status: 'submitted', deadline: due('2026-12-08') }, '村里会在12月8日前上门核实'],
  [
    'submitted, late',
    { status: 'submitted', deadline: due('2026-12-01', true) },
    '村里本应在12月1日前上门核实，已经超期了，可以打电话问问村委会',
  ],
  ['submitted, no date', { status: 'submitted', deadline: null }, '村里会尽快上门核实'],
  [
    'village_verified during 公示',
    {
      status: 'village_verified',
      deadline: due('2026-12-20'),
      publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: false },
    },
    '村里正在公示，12月8日结束；镇上会在12月20日前审核',
  ],
  [
    'village_verified after 公示',
    {
      status: 'village_verified',
      deadline: due('2026-12-20'),
      publicity: { startsOn: '2026-12-03', endsOn: '2026-12-08', ended: true },
    },
    '镇上会在12月20日前审核',
  ],
  [
    'village_verified on appeal',
    { status: 'village_verified', deadline: due('2026-12-20'), isAppeal: true },
    '镇上会在12月20日前复核',
  ],
  [
    'town_reviewed',
    { status: 'town_reviewed', deadline: due('2026-12-22') },
    '市里会在12月22日前审定',
  ],
  [
    'city_approved',
    { status: 'city_approved', deadline: null, planDeadline: due('2026-12-29') },
    '村里会在12月29日前定好帮扶计划',
  ],
  ['assisting', { status: 'assisting', plan }, '正在按帮扶计划办，3项措施已办好1项'],
  [
    'assisting, a measure late',
    {
      status: 'assisting',
      plan: { ...plan, measures: [measure('done'), { ...measure('planned'), overdue: true }] },
    },
    '正在按帮扶计划办，2项措施已办好1项，有1项过了日子还没办好，可以找责任人问问',
  ],
  [
    'elimination_proposed',
    { status: 'elimination_proposed', deadline: due('2027-01-05') },
    '镇上会在2027年1月5日前审核风险消除',
  ],
  [
    'elimination_town_reviewed',
    { status: 'elimination_town_reviewed', deadline: due('2026-12-30') },
    '市里会在12月30日前审定风险消除',
  ],
  ['resolved', { status: 'resolved' }, '风险已消除。以后家里再遇到难处，还可以再申报'],
  [
    'returned',
    { status: 'returned', deadline: null, returnNote: '请补住院发票' },
    '需要您补充材料，请补充后重新提交',
  ],
  [
    'rejected, may appeal',
    {
      status: 'rejected',
      can: { ...noActions, appeal: true },
      rejection: {
        at: '2026-12-01T00:00:00.000Z',
        level: 'village',
        reason: '收入高于监测线',
        appealTo: 'town',
        appealBy: '2026-12-15',
      },
    },
    '没有通过。如果您不同意，可以在12月15日前申请复核，会交给镇上复核',
  ],
  [
    'rejected, appeal used',
    {
      status: 'rejected',
      isAppeal: true,
      rejection: {
        at: '2026-12-01T00:00:00.000Z',
        level: 'town',
        reason: '收入高于监测线',
        appealTo: null,
        appealBy: null,
      },
    },
    '复核后仍没有通过',
  ],
];

test.each(cases)('%s: the next step in plain words', (_name, over, sentence) => {
  expect(nextStepText(reportFixture(over), TODAY).text).toBe(sentence);
});

test('a late step is marked overdue; a step the family must take is marked as theirs', () => {
  expect(nextStepText(reportFixture({ deadline: due('2026-12-01', true) }), TODAY).overdue).toBe(
    true,
  );
  expect(nextStepText(reportFixture({ status: 'returned' }), TODAY).familyActs).toBe(true);
  expect(nextStepText(reportFixture(), TODAY)).toEqual({
    text: '村里会在12月8日前上门核实',
    overdue: false,
    familyActs: false,
  });
});
