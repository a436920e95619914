import { ROLES } from '../auth/roles';
import type { Role } from '../auth/roles';
import { RISK_WORKFLOW } from '../risk/risk-workflow';
import type { RiskStatus } from '../risk/risk-statuses';
import { RISK_STATUSES } from '../risk/risk-statuses';
import type { Actor, WorkflowState } from './transitions';
import { appeal, decide, initialState, resubmit } from './transitions';
import { DECISIONS } from './workflow-definition';
import type { Decision } from './workflow-definition';

const def = RISK_WORKFLOW;
const actor = (role: Role, userId = `${role}-1`): Actor => ({ userId, role });
const at = (status: RiskStatus, extra: Partial<WorkflowState<RiskStatus>> = {}) => ({
  ...initialState(status),
  ...extra,
});

/** The 返贫风险 review as a table: who decides at each stage and where each decision leads. */
const EXPECTED: Record<
  string,
  { roles: Role[]; approve: RiskStatus; return: RiskStatus; reject: RiskStatus | null }
> = {
  submitted: {
    roles: ['village_cadre'],
    approve: 'village_verified',
    return: 'returned',
    reject: 'rejected',
  },
  village_verified: {
    roles: ['town_reviewer'],
    approve: 'town_reviewed',
    return: 'returned',
    reject: 'rejected',
  },
  town_reviewed: {
    roles: ['city_approver', 'admin'],
    approve: 'city_approved',
    return: 'returned',
    reject: 'rejected',
  },
  elimination_proposed: {
    roles: ['town_reviewer'],
    approve: 'elimination_town_reviewed',
    return: 'assisting',
    reject: null,
  },
  elimination_town_reviewed: {
    roles: ['city_approver', 'admin'],
    approve: 'resolved',
    return: 'assisting',
    reject: null,
  },
};
const NOT_STAGES: RiskStatus[] = ['returned', 'rejected', 'city_approved', 'assisting', 'resolved'];

test('the table names every status once, as a stage or as a place where nobody decides', () => {
  expect([...Object.keys(EXPECTED), ...NOT_STAGES].sort()).toEqual([...RISK_STATUSES].sort());
  expect(def.stages.map((s) => s.status).sort()).toEqual(Object.keys(EXPECTED).sort());
});

const cases: [RiskStatus, Decision, Role][] = [];
for (const status of Object.keys(EXPECTED) as RiskStatus[])
  for (const decision of DECISIONS) for (const role of ROLES) cases.push([status, decision, role]);

test.each(cases)('at %s, %s by %s', (status, decision, role) => {
  const want = EXPECTED[status]!;
  const r = decide(def, at(status), decision, actor(role));
  if (!want.roles.includes(role)) {
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/这一步由.+的人员办理/) });
    return;
  }
  const target = want[decision];
  if (target === null) {
    expect(r).toEqual({ ok: false, reason: '这一步不能不予通过。' });
    return;
  }
  expect(r.ok && r.from).toBe(status);
  expect(r.ok && r.to).toBe(target);
  expect(r.ok && r.next.status).toBe(target);
  if (r.ok && decision === 'return' && target === 'returned')
    expect(r.next.returnedFrom).toBe(status);
  else expect(r.ok && r.next.returnedFrom).toBeNull();
  if (r.ok && decision === 'reject') {
    expect(r.next.rejectedAt).toBe(status);
    expect(r.next.rejectedBy).toBe(`${role}-1`);
  }
});

test.each(NOT_STAGES.flatMap((s) => DECISIONS.map((d) => [s, d] as const)))(
  'nobody decides at %s (%s refused, even for the city)',
  (status, decision) => {
    for (const role of ROLES)
      expect(decide(def, at(status), decision, actor(role))).toEqual({
        ok: false,
        reason: '这件事现在不在审核环节，无需处理。',
      });
  },
);

describe('return and resubmit', () => {
  test.each(['submitted', 'village_verified', 'town_reviewed'] as const)(
    'returned at %s, the amended report goes back to that stage',
    (stage) => {
      const role = EXPECTED[stage]!.roles[0]!;
      const returned = decide(def, at(stage), 'return', actor(role));
      if (!returned.ok) throw new Error(returned.reason);
      const again = resubmit(def, returned.next);
      expect(again.ok && again.to).toBe(stage);
      expect(again.ok && again.next).toEqual({ ...initialState(stage) });
    },
  );

  test('a refused 风险消除 goes back to assisting, not to the family, and cannot be resubmitted', () => {
    const r = decide(def, at('elimination_town_reviewed'), 'return', actor('city_approver'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.next.status).toBe('assisting');
    expect(resubmit(def, r.next)).toEqual({
      ok: false,
      reason: '只有退回补充的申报才能重新提交。',
    });
  });

  test.each(['submitted', 'rejected', 'assisting'] as const)(
    'resubmitting at %s is refused',
    (s) => {
      expect(resubmit(def, at(s)).ok).toBe(false);
    },
  );

  test('a returned report without a stage to go back to is refused', () => {
    expect(resubmit(def, at('returned')).ok).toBe(false);
  });
});

describe('reject and appeal', () => {
  const rejectAt = (stage: RiskStatus, by: Actor) => {
    const r = decide(def, at(stage), 'reject', by);
    if (!r.ok) throw new Error(r.reason);
    return r.next;
  };

  test.each<[RiskStatus, Role, RiskStatus, boolean]>([
    ['submitted', 'village_cadre', 'village_verified', false],
    ['village_verified', 'town_reviewer', 'town_reviewed', false],
    ['town_reviewed', 'city_approver', 'town_reviewed', true],
  ])('rejected at %s (by %s), the appeal goes to %s', (stage, role, target, sameLevel) => {
    expect(def.appealTo(stage)).toEqual({ status: target, sameLevel });
    const appealed = appeal(def, rejectAt(stage, actor(role)));
    if (!appealed.ok) throw new Error(appealed.reason);
    expect(appealed.to).toBe(target);
    expect(appealed.next.appeals).toBe(1);
    expect(appealed.next.appealOf).toEqual({ rejectedBy: `${role}-1` });
  });

  test('an appeal to the village level above is decided by the town', () => {
    const appealed = appeal(def, rejectAt('submitted', actor('village_cadre')));
    if (!appealed.ok) throw new Error(appealed.reason);
    expect(decide(def, appealed.next, 'approve', actor('village_cadre')).ok).toBe(false);
    expect(decide(def, appealed.next, 'approve', actor('town_reviewer'))).toMatchObject({
      ok: true,
      to: 'town_reviewed',
    });
  });

  test('a city rejection is appealed to another city approver; the one who rejected may not decide it', () => {
    const a = actor('city_approver', 'city-a');
    const appealed = appeal(def, rejectAt('town_reviewed', a));
    if (!appealed.ok) throw new Error(appealed.reason);
    for (const d of DECISIONS)
      expect(decide(def, appealed.next, d, a)).toEqual({
        ok: false,
        reason: '复议要由另一位审核人员办理，原来不同意的人不能再审。',
      });
    const b = decide(def, appealed.next, 'approve', actor('city_approver', 'city-b'));
    expect(b).toMatchObject({ ok: true, to: 'city_approved' });
    expect(b.ok && b.next.appealOf).toBeNull();
    expect(decide(def, appealed.next, 'approve', actor('admin', 'admin-1')).ok).toBe(true);
  });

  test('the rejecter stays barred when the appeal is returned to the family and resubmitted', () => {
    const a = actor('city_approver', 'city-a');
    const appealed = appeal(def, rejectAt('town_reviewed', a));
    if (!appealed.ok) throw new Error(appealed.reason);
    const returned = decide(def, appealed.next, 'return', actor('city_approver', 'city-b'));
    if (!returned.ok) throw new Error(returned.reason);
    const again = resubmit(def, returned.next);
    if (!again.ok) throw new Error(again.reason);
    expect(again.to).toBe('town_reviewed');
    expect(decide(def, again.next, 'approve', a).ok).toBe(false);
    expect(decide(def, again.next, 'approve', actor('city_approver', 'city-b')).ok).toBe(true);
  });

  test(`only ${def.maxAppeals} appeal per report: rejected again after the appeal, it cannot be appealed`, () => {
    expect(def.maxAppeals).toBe(1);
    const appealed = appeal(def, rejectAt('village_verified', actor('town_reviewer')));
    if (!appealed.ok) throw new Error(appealed.reason);
    const again = decide(def, appealed.next, 'reject', actor('city_approver'));
    if (!again.ok) throw new Error(again.reason);
    expect(again.next).toMatchObject({
      status: 'rejected',
      rejectedAt: 'town_reviewed',
      appeals: 1,
    });
    expect(appeal(def, again.next)).toEqual({
      ok: false,
      reason: '这件申报已经申请过复核，不能再次申请。',
    });
  });

  test.each(['submitted', 'returned', 'assisting', 'resolved', 'city_approved'] as const)(
    'appealing at %s is refused',
    (s) => {
      expect(appeal(def, at(s))).toEqual({ ok: false, reason: '只有未通过的申报才能申请复核。' });
    },
  );

  test('stages that cannot reject have no appeal target', () => {
    for (const s of [
      'elimination_proposed',
      'elimination_town_reviewed',
      'assisting',
      'city_approved',
    ] as const)
      expect(def.appealTo(s)).toBeNull();
    expect(appeal(def, at('rejected', { rejectedAt: 'assisting', rejectedBy: 'x' }))).toEqual({
      ok: false,
      reason: '这一级的决定不能在手机上申请复核，请拨打 12317 咨询。',
    });
  });
});

test('every stage has a label, and every stage with a deadline names its source', () => {
  for (const s of def.stages) {
    expect(s.label.length).toBeGreaterThan(0);
    if (s.deadline) expect(s.deadline.source.length).toBeGreaterThan(0);
  }
});
