import { ROLES } from '../auth/roles';
import { roleUnitProblem, unitLevelFor } from './role-unit-level';

test.each([
  ['villager', 'village'],
  ['village_cadre', 'village'],
  ['town_reviewer', 'town'],
  ['city_approver', 'city'],
  ['admin', 'city'],
  ['trainer', 'city'],
  ['insurer', 'city'],
] as const)('%s is tied to a %s', (role, level) => {
  expect(unitLevelFor(role)).toBe(level);
  expect(roleUnitProblem(role, level)).toBeNull();
});

test.each([
  ['village_cadre', 'town', '这个角色要选择一个村'],
  ['village_cadre', 'city', '这个角色要选择一个村'],
  ['town_reviewer', 'village', '这个角色要选择一个镇'],
  ['city_approver', 'town', '这个角色要选择一个市'],
  ['admin', 'village', '这个角色要选择一个市'],
  ['trainer', null, '这个角色要选择一个市'],
] as const)('%s with a %s unit is refused in Chinese', (role, level, message) => {
  expect(roleUnitProblem(role, level)).toBe(message);
});

test('every role has a level', () => {
  for (const role of ROLES) expect(['village', 'town', 'city']).toContain(unitLevelFor(role));
});
