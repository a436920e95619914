import { useMyRole } from '../session/use-my-role';
import { useMyVillage } from './use-my-village';

/**
 * Whether the signed-in user arranges this village's reader: a village cadre of that village.
 * null while it is not known yet.
 */
export function useMayEditReader(villageId: string): boolean | null {
  const role = useMyRole();
  const myVillage = useMyVillage();
  if (role === null) return null;
  if (role !== 'village_cadre') return false;
  if (myVillage === null) return null;
  return myVillage === villageId;
}
