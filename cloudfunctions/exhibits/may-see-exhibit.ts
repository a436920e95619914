import type { Caller } from '../platform/runtime/caller';
import type { ExhibitDoc } from './exhibit-collections';

/**
 * Published items are for everyone; anything else only for its contributor and the curators
 * of its village (and city roles). Others get NOT_FOUND, as if it did not exist.
 */
export function maySeeExhibit(caller: Caller, e: ExhibitDoc): boolean {
  if (e.status === 'published') return true;
  if (caller.kind !== 'user') return false;
  if (e.contributorId === caller.userId) return true;
  if (caller.role === 'village_cadre') return caller.villageId === e.villageId;
  if (caller.role === 'town_reviewer') return caller.townId === e.townId;
  return caller.role === 'city_approver' || caller.role === 'admin';
}

/**
 * Who follows a contribution's history (投稿经过: submissions, decisions, the cadre's notes): its
 * contributor and those who may see it before it is published. Other readers of a published item
 * see no history.
 */
export function mayFollowExhibitHistory(caller: Caller, e: ExhibitDoc): boolean {
  return maySeeExhibit(caller, { ...e, status: 'pending' });
}
