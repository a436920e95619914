import { ROLES } from '../auth/roles';
import { idNumberDisplayFor, mayExportFullIdNumbers } from './id-number-visibility';

test.each(ROLES.map((r) => [r]))('%s sees ID numbers as the table says', (role) => {
  const expected = {
    villager: 'hidden',
    village_cadre: 'last4',
    town_reviewer: 'last4',
    city_approver: 'last4',
    admin: 'last4',
    trainer: 'hidden',
    insurer: 'hidden',
  }[role];
  expect(idNumberDisplayFor(role)).toBe(expected);
  expect(mayExportFullIdNumbers(role)).toBe(role === 'city_approver');
});
