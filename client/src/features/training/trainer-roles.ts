import type { Role } from '@shared/auth/roles';

/** Roles that run courses: roster, session codes, completion (contract `sessionCode`, `complete`). */
export function isTrainer(role: Role | null | undefined): boolean {
  return role === 'trainer' || role === 'admin';
}

/** Roles that record a job after training (contract `recordEmployment`). */
export function mayRecordJob(role: Role | null | undefined): boolean {
  return role === 'villager' || role === 'village_cadre' || role === 'admin';
}

/** Roles that read the 劳务输出 statistics (contract `employmentStats`). */
export function mayReadEmploymentStats(role: Role | null | undefined): boolean {
  return (
    role === 'village_cadre' ||
    role === 'town_reviewer' ||
    role === 'city_approver' ||
    role === 'admin'
  );
}
