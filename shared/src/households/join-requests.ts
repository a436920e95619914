import { z } from 'zod';

/** A join request's life: made with a code, then approved or declined; a linked member may be removed. */
export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'declined', 'removed'] as const;
export const JoinRequestStatus = z.enum(JOIN_REQUEST_STATUSES);
export type JoinRequestStatus = z.infer<typeof JoinRequestStatus>;

export const JOIN_REQUEST_STATUS_LABEL: Record<JoinRequestStatus, string> = {
  pending: '等待确认',
  approved: '已同意',
  declined: '已拒绝',
  removed: '已移出',
};

/** How long an invitation code works, and how many requests one code may bring. */
export const INVITATION_HOURS = 48;
export const MAX_REQUESTS_PER_CODE = 10;

export type JoinDecider = 'village_cadre' | 'head' | null;

/**
 * Who may decide a household's join requests and remove its linked members: the village cadre of
 * that household's village, or the household head (an account linked to the household whose ID
 * number is the head's). Nobody else.
 */
export function joinDecider(
  who: {
    role: string;
    villageId: string | null;
    linkedHouseholdId: string | null;
    isHeadOfLinkedHousehold: boolean;
  },
  household: { householdId: string; villageId: string },
): JoinDecider {
  if (who.role === 'village_cadre' && who.villageId === household.villageId) return 'village_cadre';
  if (
    who.role === 'villager' &&
    who.linkedHouseholdId === household.householdId &&
    who.isHeadOfLinkedHousehold
  )
    return 'head';
  return null;
}

export const JoinDecision = z.enum(['approve', 'decline']);
