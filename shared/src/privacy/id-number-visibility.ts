import type { Role } from '../auth/roles';

/**
 * Roles that may see full ID numbers, and only in exports: the city (市审定) enrols households in
 * 防贫保险 and hands lists to insurers. Everyone else sees masked numbers. Every such export is
 * audited.
 */
export const FULL_ID_NUMBER_ROLES: readonly Role[] = ['city_approver'];

export function mayExportFullIdNumbers(role: Role): boolean {
  return FULL_ID_NUMBER_ROLES.includes(role);
}

/**
 * Who sees an ID number's last 4 on screen: the cadres who keep and review household records
 * (to tell two people of the same name apart, and to search by it). Families, trainers and
 * everyone else see it hidden; a person always sees the last 4 of their own number.
 */
export const ID_LAST4_ROLES: readonly Role[] = [
  'village_cadre',
  'town_reviewer',
  'city_approver',
  'admin',
];

export type IdNumberDisplay = 'last4' | 'hidden';

export function idNumberDisplayFor(role: Role): IdNumberDisplay {
  return ID_LAST4_ROLES.includes(role) ? 'last4' : 'hidden';
}
