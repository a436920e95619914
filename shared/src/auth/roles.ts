/** Roles (DESIGN.md §4). Each cadre-type role is scoped to a village, a town or the city. */
export const ROLES = [
  'villager',
  'village_cadre',
  'town_reviewer',
  'city_approver',
  'admin',
  'trainer',
  /** 保险公司查勘员: surveys 防贫保险 claims forwarded to the insurer, city-wide (issue 14). */
  'insurer',
] as const;
export type Role = (typeof ROLES)[number];

/** The org level a role's scope is tied to. Villagers belong to a village but see only their own. */
export const ROLE_SCOPE_LEVEL: Record<Role, 'village' | 'town' | 'city'> = {
  villager: 'village',
  village_cadre: 'village',
  town_reviewer: 'town',
  city_approver: 'city',
  admin: 'city',
  trainer: 'city',
  insurer: 'city',
};

export const ROLE_LABEL: Record<Role, string> = {
  villager: '村民',
  village_cadre: '村干部',
  town_reviewer: '镇审核员',
  city_approver: '市审定员',
  admin: '管理员',
  trainer: '培训老师',
  insurer: '保险公司查勘员',
};

/**
 * How far an action reaches for one role:
 * - `public`: anyone, also without logging in;
 * - `own`: only the caller's own records (their user, their household);
 * - `village` / `town` / `city`: records in the caller's assigned org unit.
 */
export type ScopeRule = 'public' | 'own' | 'village' | 'town' | 'city';

/** Who may call an action, and how far it reaches for each. `anonymous` = not logged in. */
export type AccessRule = Partial<Record<Role | 'anonymous', ScopeRule>>;
