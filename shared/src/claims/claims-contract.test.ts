import { ROLES } from '../auth/roles';
import { CLAIM_TYPES, DEMO_CLAIM_SCHEME } from './claim-schemes';
import { EstimateView } from './claim-views';
import { claimsContract } from './claims-contract';
import { computePayout } from './payout-rule';

const actions = claimsContract.actions;

const NAMED_BY_THE_ISSUE = [
  'schemes',
  'estimate',
  'submit',
  'mine',
  'get',
  'queue',
  'review',
  'resubmit',
  'appeal',
  'markPaid',
  'stats',
];

test('the claims function has the 11 actions issue 14 names, plus uploads and the 公示', () => {
  expect(claimsContract.name).toBe('claims');
  expect(Object.keys(actions).filter((a) => NAMED_BY_THE_ISSUE.includes(a))).toEqual(
    NAMED_BY_THE_ISSUE,
  );
  expect(Object.keys(actions).filter((a) => !NAMED_BY_THE_ISSUE.includes(a))).toEqual([
    'startUpload',
    'uploadPhoto',
    'publicity',
  ]);
});

// prettier-ignore
const TABLE: Record<string, Record<string, string>> = {
  // No anonymous or trainer access anywhere; the insurer works city-wide.
  schemes:   { villager: 'own', village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  estimate:  { villager: 'own', village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  submit:    { villager: 'own' },
  mine:      { villager: 'own' },
  get:       { villager: 'own', village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  queue:     { village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  review:    { village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  resubmit:  { villager: 'own' },
  appeal:    { villager: 'own' },
  markPaid:  { insurer: 'city' },
  stats:     { village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
  // Papers are photographed by the family; the insurer photographs the survey.
  startUpload: { villager: 'own', insurer: 'own' },
  uploadPhoto: { villager: 'own', insurer: 'own' },
  publicity: { villager: 'own', village_cadre: 'village', town_reviewer: 'town', city_approver: 'city', admin: 'city', insurer: 'city' },
};

test.each(Object.keys(TABLE))('%s: who may call it, and how far it reaches', (name) => {
  const access = actions[name as keyof typeof actions].access;
  expect(access).toEqual(TABLE[name]);
  expect(Object.keys(access).every((r) => (ROLES as readonly string[]).includes(r))).toBe(true);
  expect(access).not.toHaveProperty('anonymous');
  expect(access).not.toHaveProperty('trainer');
});

test('exactly the actions that change data are mutating', () => {
  const mutating = Object.entries(actions)
    .filter(([, a]) => a.mutating)
    .map(([n]) => n);
  expect(mutating).toEqual([
    'submit',
    'startUpload',
    'uploadPhoto',
    'review',
    'resubmit',
    'appeal',
    'markPaid',
  ]);
});

test.each(CLAIM_TYPES.map((t) => [t]))(
  'the estimate of a %s claim fits the EstimateView',
  (type) => {
    const amounts = Object.fromEntries(
      DEMO_CLAIM_SCHEME.types[type].amounts.map((a) => [a.key, a.sign === 'add' ? 60_000 : 1_000]),
    );
    expect(EstimateView.parse(computePayout(type, amounts))).toEqual(computePayout(type, amounts));
  },
);
