import type { Role } from '@shared/auth/roles';
import { isOfficial } from '../households/official-roles';

/** Who works claims (claims contract `reviewers`): the cadres and the insurer's surveyors. */
export type ClaimsWorkRole =
  'village_cadre' | 'town_reviewer' | 'city_approver' | 'admin' | 'insurer';

export function isClaimsWorker(role: Role | null | undefined): role is ClaimsWorkRole {
  return role === 'insurer' || isOfficial(role);
}
