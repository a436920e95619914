import type { Role } from '@shared/auth/roles';

/** Roles that work household records (the 工作台); villagers and trainers never see it. */
const OFFICIAL_ROLES = ['village_cadre', 'town_reviewer', 'city_approver', 'admin'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export function isOfficial(role: Role | null | undefined): role is OfficialRole {
  return (OFFICIAL_ROLES as readonly string[]).includes(role ?? '');
}

/**
 * Whether 我的 offers 我的家: only villagers have a household in the app (officials work others'
 * records, trainers and the insurer's surveyors have none). Signed out / not yet known: offered,
 * the page asks to sign in.
 */
export function offersMyHome(role: Role | null | undefined): boolean {
  return role === null || role === undefined || role === 'villager';
}

/** Only village cadres may issue a join code (households contract `issueInvitation`). */
export function canIssueInvitation(role: Role | null | undefined): boolean {
  return role === 'village_cadre';
}

/** Who enters and edits household records: households `create` / `update` (CADRES_IN_SCOPE). */
export function canEditHouseholds(role: Role | null | undefined): boolean {
  return isOfficial(role);
}

export const WORKBENCH_PATH = '/packages/households/pages/workbench/index';
export const MY_HOME_PATH = '/packages/households/pages/index/index';

export function householdDetailPath(householdId: string): string {
  return `/packages/households/pages/detail/index?id=${encodeURIComponent(householdId)}`;
}

export const NEW_HOUSEHOLD_PATH = '/packages/households/pages/new/index';

export function editHouseholdPath(householdId: string): string {
  return `/packages/households/pages/edit/index?id=${encodeURIComponent(householdId)}`;
}

export const DASHBOARD_PATH = '/packages/households/pages/dashboard/index';
