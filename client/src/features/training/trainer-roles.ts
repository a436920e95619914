import type { Role } from '@shared/auth/roles';

/** Roles that run courses: roster, session codes, completion (contract `sessionCode`, `complete`). */
export function isTrainer(role: Role | null | undefined): boolean {
  return role === 'trainer' || role === 'admin';
}
