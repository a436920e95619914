import type { Role } from '../auth/roles';
import { ROLE_SCOPE_LEVEL } from '../auth/roles';
import type { OrgLevel } from '../org/org-units';

const LEVEL_LABEL: Record<OrgLevel, string> = { village: '村', town: '镇', city: '市' };

/** The org level a role's unit must have: 村干部 → a village, 镇审核员 → a town, city roles → the city. */
export function unitLevelFor(role: Role): OrgLevel {
  return ROLE_SCOPE_LEVEL[role];
}

/**
 * Why a unit does not fit a role, as the admin reads it under the unit picker; null when it fits.
 * `unitLevel` null: no such unit.
 */
export function roleUnitProblem(role: Role, unitLevel: OrgLevel | null): string | null {
  const wanted = unitLevelFor(role);
  if (unitLevel === wanted) return null;
  return `这个角色要选择一个${LEVEL_LABEL[wanted]}`;
}
