import { ROLES, type Role } from '@shared/auth/roles';
import { offersMyHome } from './official-roles';

const expected: Record<Role, boolean> = {
  villager: true,
  village_cadre: false,
  town_reviewer: false,
  city_approver: false,
  admin: false,
  trainer: false,
  insurer: false,
};

test.each(ROLES.map((r) => [r, expected[r]] as const))(
  '我的 of a %s offers 我的家: %s',
  (role, shown) => {
    expect(offersMyHome(role)).toBe(shown);
  },
);

test('before the role is known or signed out, 我的家 is offered (it asks to sign in)', () => {
  expect(offersMyHome(null)).toBe(true);
});
