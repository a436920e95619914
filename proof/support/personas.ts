import type { Role } from '../../shared/src/auth/roles';
import type { DevPersona } from '../../cloudfunctions/platform/adapters/local/dev-personas';
import { DEV_PERSONAS } from '../../cloudfunctions/platform/adapters/local/dev-personas';

/** Everyone the proofs act as: the seeded dev personas plus a caller without a token. */
export const PERSONAS = [
  'villager',
  'villager_b',
  'village_cadre',
  'village_cadre_b',
  'town_reviewer',
  'city_approver',
  'admin',
  'trainer',
  'insurer',
  'anonymous',
] as const satisfies ReadonlyArray<DevPersona | 'anonymous'>;

export type Persona = (typeof PERSONAS)[number];

/** A persona, or an extra villager of the same village (dev-login `as`). */
export type Who = Persona | { persona: 'villager'; as: string };

export function roleOf(p: Persona): Role | 'anonymous' {
  return p === 'anonymous' ? 'anonymous' : DEV_PERSONAS[p].role;
}

export function whoLabel(who: Who): string {
  return typeof who === 'string' ? who : `${who.persona}:${who.as}`;
}
