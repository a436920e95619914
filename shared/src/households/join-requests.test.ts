import { joinDecider } from './join-requests';

const household = { householdId: 'h1', villageId: 'v1' };
const who = (over: Partial<Parameters<typeof joinDecider>[0]>) => ({
  role: 'villager',
  villageId: 'v1',
  linkedHouseholdId: null,
  isHeadOfLinkedHousehold: false,
  ...over,
});

test.each([
  ['the village cadre of that village', who({ role: 'village_cadre' }), 'village_cadre'],
  ['a village cadre of another village', who({ role: 'village_cadre', villageId: 'v2' }), null],
  [
    'the head, linked to the household',
    who({ linkedHouseholdId: 'h1', isHeadOfLinkedHousehold: true }),
    'head',
  ],
  ['a linked member who is not the head', who({ linkedHouseholdId: 'h1' }), null],
  [
    'the head of another household',
    who({ linkedHouseholdId: 'h2', isHeadOfLinkedHousehold: true }),
    null,
  ],
  ['a town reviewer', who({ role: 'town_reviewer', villageId: null }), null],
  ['an unlinked villager of the village', who({}), null],
])('%s → %s', (_label, caller, expected) => {
  expect(joinDecider(caller, household)).toBe(expected);
});
