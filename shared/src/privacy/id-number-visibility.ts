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
