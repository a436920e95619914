import { ROLES } from '../auth/roles';
import type { Role } from '../auth/roles';
import type { Actor, WorkflowState } from '../review-workflow/transitions';
import { appeal, decide, initialState, resubmit } from '../review-workflow/transitions';
import { DECISIONS } from '../review-workflow/workflow-definition';
import type { Decision } from '../review-workflow/workflow-definition';
import { dueDate } from '../review-workflow/deadlines';
import type { ClaimStatus } from './claim-statuses';
import { CLAIM_PROGRESS_STEPS, CLAIM_STATUSES, CLAIM_STATUS_LABEL } from './claim-statuses';
import { CLAIM_WORKFLOW, claimPublicity, mayMarkPaid, paymentDueOn } from './claim-workflow';

const def = CLAIM_WORKFLOW;
const actor = (role: Role, userId = `${role}-1`): Actor => ({ userId, role });
const at = (status: ClaimStatus, extra: Partial<WorkflowState<ClaimStatus>> = {}) => ({
  ...initialState(status),
  ...extra,
});
function step(state: WorkflowState<ClaimStatus>, decision: Decision, by: Actor) {
  const r = decide(def, state, decision, by);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

/** The claim review as a table: who decides at each stage and where each decision leads. */
const EXPECTED: Record<
  string,
  { roles: Role[]; approve: ClaimStatus; return: ClaimStatus | null; reject: ClaimStatus | null }
> = {
  reported: {
    roles: ['village_cadre'],
    approve: 'materials_checked',
    return: 'returned',
    reject: 'rejected',
  },
  materials_checked: {
    roles: ['town_reviewer'],
    approve: 'town_reviewed',
    return: 'returned',
    reject: 'rejected',
  },
  town_reviewed: {
    roles: ['insurer'],
    approve: 'surveyed',
    return: 'returned',
    reject: 'rejected',
  },
  surveyed: {
    roles: ['city_approver', 'admin'],
    approve: 'approved',
    return: 'returned',
    reject: 'rejected',
  },
  approved: { roles: ['insurer'], approve: 'paid', return: null, reject: null },
};
const NOT_STAGES: ClaimStatus[] = ['returned', 'rejected', 'paid'];

test('the table names every status once, as a stage or as a place where nobody decides', () => {
  expect([...Object.keys(EXPECTED), ...NOT_STAGES].sort()).toEqual([...CLAIM_STATUSES].sort());
  expect(def.stages.map((s) => s.status).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const s of CLAIM_STATUSES) expect(CLAIM_STATUS_LABEL[s].length).toBeGreaterThan(1);
  expect(CLAIM_PROGRESS_STEPS.map((s) => s.status)).toEqual(CLAIM_STATUSES.slice(0, 6));
});

test('the insurer is a role of its own, city-wide, named 保险公司查勘员', async () => {
  const { ROLE_LABEL, ROLE_SCOPE_LEVEL } = await import('../auth/roles');
  expect(ROLES).toContain('insurer');
  expect(ROLE_SCOPE_LEVEL.insurer).toBe('city');
  expect(ROLE_LABEL.insurer).toBe('保险公司查勘员');
});

const cases: [ClaimStatus, Decision, Role][] = [];
for (const status of Object.keys(EXPECTED) as ClaimStatus[])
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
    expect(r).toEqual({
      ok: false,
      reason: decision === 'return' ? '这一步不能退回。' : '这一步不能不予通过。',
    });
    return;
  }
  expect(r).toMatchObject({ ok: true, from: status, to: target, next: { status: target } });
  if (r.ok && decision === 'return') expect(r.next.returnedFrom).toBe(status);
  if (r.ok && decision === 'reject')
    expect(r.next).toMatchObject({ rejectedAt: status, rejectedBy: `${role}-1` });
});

test.each(NOT_STAGES.flatMap((s) => DECISIONS.map((d) => [s, d] as const)))(
  'nobody decides at %s (%s refused for every role)',
  (status, decision) => {
    for (const role of ROLES)
      expect(decide(def, at(status), decision, actor(role))).toEqual({
        ok: false,
        reason: '这件事现在不在审核环节，无需处理。',
      });
  },
);

test('the happy path: village → town → insurer survey → city → paid', () => {
  let s: WorkflowState<ClaimStatus> = initialState('reported');
  const path: [Role, ClaimStatus][] = [
    ['village_cadre', 'materials_checked'],
    ['town_reviewer', 'town_reviewed'],
    ['insurer', 'surveyed'],
    ['city_approver', 'approved'],
    ['insurer', 'paid'],
  ];
  for (const [role, to] of path) {
    const r = step(s, 'approve', actor(role));
    expect(r.to).toBe(to);
    s = r.next;
  }
  expect(s).toEqual(initialState('paid'));
  expect(def.done).toEqual(['paid']);
});

describe('return and resubmit keep one claim', () => {
  test('the village returns it for a missing 结算单; the family adds it; the same claim goes on', () => {
    const returned = step(initialState('reported'), 'return', actor('village_cadre'));
    expect(returned.next).toMatchObject({ status: 'returned', returnedFrom: 'reported' });
    const again = resubmit(def, returned.next);
    if (!again.ok) throw new Error(again.reason);
    expect(again).toMatchObject({ from: 'returned', to: 'reported' });
    expect(again.next).toEqual(initialState('reported'));
    expect(step(again.next, 'approve', actor('village_cadre')).to).toBe('materials_checked');
  });

  test.each(['materials_checked', 'town_reviewed', 'surveyed'] as const)(
    'returned at %s, the amended claim goes back to that stage',
    (stage) => {
      const returned = step(at(stage), 'return', actor(EXPECTED[stage]!.roles[0]!));
      const again = resubmit(def, returned.next);
      expect(again.ok && again.to).toBe(stage);
    },
  );

  test.each(['reported', 'rejected', 'approved', 'paid'] as const)(
    'resubmitting at %s is refused',
    (s) => {
      expect(resubmit(def, at(s))).toEqual({
        ok: false,
        reason: '只有退回补充的申报才能重新提交。',
      });
    },
  );
});

describe('reject and appeal: once, to the level above', () => {
  test.each<[ClaimStatus, Role, ClaimStatus, boolean, Role]>([
    ['reported', 'village_cadre', 'materials_checked', false, 'town_reviewer'],
    ['materials_checked', 'town_reviewer', 'town_reviewed', false, 'insurer'],
    ['town_reviewed', 'insurer', 'surveyed', false, 'city_approver'],
    ['surveyed', 'city_approver', 'surveyed', true, 'city_approver'],
  ])(
    'rejected at %s by %s: the appeal goes to %s (same level %s), decided by %s',
    (stage, role, target, sameLevel, decider) => {
      expect(def.appealTo(stage)).toEqual({ status: target, sameLevel });
      const rejected = step(at(stage), 'reject', actor(role, 'first'));
      const appealed = appeal(def, rejected.next);
      if (!appealed.ok) throw new Error(appealed.reason);
      expect(appealed.next).toMatchObject({
        status: target,
        appeals: 1,
        appealOf: { rejectedBy: 'first' },
      });
      expect(decide(def, appealed.next, 'approve', actor(decider, 'second')).ok).toBe(true);
      if (sameLevel)
        expect(decide(def, appealed.next, 'approve', actor(role, 'first')).ok).toBe(false);
    },
  );

  test('the village cannot decide the appeal against its own rejection', () => {
    const rejected = step(at('reported'), 'reject', actor('village_cadre'));
    const appealed = appeal(def, rejected.next);
    if (!appealed.ok) throw new Error(appealed.reason);
    expect(decide(def, appealed.next, 'approve', actor('village_cadre', 'another')).ok).toBe(false);
  });

  test('rejected again after the appeal, a second appeal is refused', () => {
    const rejected = step(at('materials_checked'), 'reject', actor('town_reviewer'));
    const appealed = appeal(def, rejected.next);
    if (!appealed.ok) throw new Error(appealed.reason);
    const again = step(appealed.next, 'reject', actor('insurer'));
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

  test('the payment step neither returns nor rejects, so it has no appeal', () => {
    expect(def.appealTo('approved')).toBeNull();
    expect(def.appealTo('paid')).toBeNull();
  });
});

describe('time limits', () => {
  test.each<[ClaimStatus, string]>([
    ['reported', '2026-12-08'],
    ['materials_checked', '2026-12-08'],
    ['town_reviewed', '2026-12-04'],
    ['surveyed', '2026-12-08'],
  ])('a claim entering %s on Tuesday 2026-12-01 is due %s', (status, due) => {
    const stage = def.stages.find((s) => s.status === status)!;
    const moment = '2026-12-01T02:00:00Z';
    expect(dueDate(stage.deadline!, { submittedAt: moment, enteredAt: moment })).toBe(due);
    expect(stage.deadline!.source.length).toBeGreaterThan(0);
  });

  // Approved Tuesday 2026-12-01, 10:00 China time: 公示 12-01 … 12-06 (a Sunday).
  const approvedAt = new Date('2026-12-01T02:00:00Z');
  test('the 公示 runs 5 calendar days from the approval day, as for risk reports', () => {
    expect(claimPublicity(approvedAt)).toEqual({ startsOn: '2026-12-01', endsOn: '2026-12-06' });
    // 23:30 China time is still that day; 00:30 is the next.
    expect(claimPublicity(new Date('2026-12-01T15:30:00Z')).startsOn).toBe('2026-12-01');
    expect(claimPublicity(new Date('2026-12-01T16:30:00Z')).startsOn).toBe('2026-12-02');
  });

  test.each<[string, boolean]>([
    ['2026-12-01T03:00:00Z', false],
    ['2026-12-06T15:59:59Z', false],
    ['2026-12-06T16:00:00Z', true],
    ['2026-12-07T02:00:00Z', true],
  ])('marked paid at %s: allowed %s', (now, ok) => {
    expect(mayMarkPaid(approvedAt, new Date(now))).toBe(ok);
  });

  test('payment is due 5 working days after the 公示 ends', () => {
    expect(paymentDueOn(approvedAt)).toBe('2026-12-11');
    // Approved 2026-09-25: 公示 to 09-30, then 国庆: due 10-13, as a 5-day step from 09-30 (deadlines.test.ts).
    expect(paymentDueOn(new Date('2026-09-25T02:00:00Z'))).toBe('2026-10-13');
  });
});
