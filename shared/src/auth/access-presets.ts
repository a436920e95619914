import type { AccessRule } from './roles';

/** Every logged-in role, each reaching only its own records (profile, own submissions). */
export const EVERY_ROLE_OWN = {
  villager: 'own',
  village_cadre: 'own',
  town_reviewer: 'own',
  city_approver: 'own',
  admin: 'own',
  trainer: 'own',
  insurer: 'own',
} as const satisfies AccessRule;

/** Anyone, logged in or not. */
export const PUBLIC_ACCESS = {
  anonymous: 'public',
  villager: 'public',
  village_cadre: 'public',
  town_reviewer: 'public',
  city_approver: 'public',
  admin: 'public',
  trainer: 'public',
  insurer: 'public',
} as const satisfies AccessRule;

/** Cadres, each within their unit: village, town, or the whole city. */
export const CADRES_IN_SCOPE = {
  village_cadre: 'village',
  town_reviewer: 'town',
  city_approver: 'city',
  admin: 'city',
} as const satisfies AccessRule;
