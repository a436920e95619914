import type { Role } from '@shared/auth/roles';

/** Only admins publish or revise policies (policies contract `upsert`). */
export function canEditPolicies(role: Role | null | undefined): boolean {
  return role === 'admin';
}
