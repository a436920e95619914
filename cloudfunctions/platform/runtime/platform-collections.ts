import type { Role } from '../../../shared/src/auth/roles';
import type { OrgUnitView } from '../../../shared/src/org/org-units';
import type { SealedIdNumber, SealedValue } from './sealed-value';
import type { FileFeature } from '../ports/files';
import { defineCollection } from '../ports/store';

/** A user of the app: identity (openid) plus role and the org unit the role is scoped to. */
export interface UserDoc {
  openid: string;
  role: Role;
  name: string | null;
  /** The unit the role is scoped to (a villager's home village, a reviewer's town, the city). */
  orgUnitId: string | null;
  villageId: string | null;
  townId: string | null;
  /** The household (户) a villager belongs to, once linked by a cadre's invitation code. */
  householdId: string | null;
  phone: SealedValue | null;
  /** The phone's last 4 digits (already visible in its masked form), for the admin's search. */
  phoneLast4?: string | null;
  idNumber: SealedIdNumber | null;
  consents: Array<{ version: string; at: string }>;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `order` keeps the register's order (towns and villages as the city lists them). */
export type OrgUnitDoc = Omit<OrgUnitView, 'id'> & { order: number };

export interface AuditDoc {
  at: string;
  requestId: string;
  actorId: string | null;
  actorRole: Role | 'anonymous' | 'system';
  fn: string;
  action: string;
  entity: string;
  entityId: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
}

/** What one committed write step of a keyed call returned (`value` absent for undefined). */
export interface JournalEntry {
  value?: unknown;
}

export interface IdempotencyDoc {
  state: 'pending' | 'done';
  bodyHash: string;
  /** The stored envelope returned to every replay. */
  result: unknown;
  createdAt: string;
  /** The run holding the key; a write step commits only while it still holds it. */
  claim?: string;
  /** When the holder last showed life (claimed or committed a step). */
  leaseAt?: string;
  /** The call's instant: every run of the call sees this as "now". */
  startedAt?: string;
  /** Secret seed of the call's replayable ids (replayable-ids.ts). */
  idSeed?: string;
  /** Return values of the write steps committed so far, kept until the call is done. */
  journal?: JournalEntry[];
  /** After this the record is pruned (prune-expired-records.ts). */
  expiresAt?: string;
}

export interface RateLimitDoc {
  count: number;
  windowStart: string;
  /** After this the record is pruned (prune-expired-records.ts). */
  expiresAt?: string;
}

/** "This viewer has looked at this subject today" (once-per-viewer.ts); the id is a hash. */
export interface ViewMarkDoc {
  expiresAt: string;
}

/**
 * One login (local dev-login token; `_id` is the session id the token carries). Revoked at
 * logout, refused after `expiresAt` or a day unused (shared/src/users/session-rules.ts). Holds no
 * token: the token is signed, never stored.
 */
export interface SessionDoc {
  userId: string;
  openid: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** The client address at login, masked (`127.0.*.*`), to tell devices apart in the list. */
  clientMasked: string | null;
}

export interface OutboxDoc {
  userId: string;
  template: string;
  data: Record<string, string | number | boolean | null>;
  /**
   * queued → (claimed by one dispatcher run: `sending`) → sent | failed | skipped, or back to
   * queued with a later `nextAttemptAt` after a transient failure. Never removed by the
   * dispatcher: every notice keeps its outcome (cloudfunctions/notifyDispatch).
   */
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';
  createdAt: string;
  /** Send attempts so far (absent: none). */
  attempts?: number;
  /** Not before this time (ISO); absent or null: as soon as possible. */
  nextAttemptAt?: string | null;
  /** While `sending`: when the claim lapses and another run may take the notice over. */
  claimedUntil?: string | null;
  /** Why it was failed / skipped, or the last transient error (a code, never personal data). */
  outcome?: string | null;
  finishedAt?: string | null;
}

export const usersCollection = defineCollection<UserDoc>('users', [
  { fields: ['openid'], unique: true },
  { fields: ['role', 'orgUnitId'] },
  { fields: ['townId', 'role'] },
  { fields: ['idNumber.hash'] },
  { fields: ['householdId'] },
  { fields: ['name'] },
  { fields: ['phoneLast4'] },
]);
export const orgUnitsCollection = defineCollection<OrgUnitDoc>('org_units', [
  { fields: ['parentId'] },
  { fields: ['level'] },
]);
export const auditCollection = defineCollection<AuditDoc>('audit_log', [
  { fields: ['entity', 'entityId', 'at'] },
  { fields: ['actorId', 'at'] },
]);
export const idempotencyCollection = defineCollection<IdempotencyDoc>('idempotency_keys', [
  { fields: ['expiresAt'] },
  { fields: ['createdAt'] },
]);
export const rateLimitCollection = defineCollection<RateLimitDoc>('rate_limits', [
  { fields: ['expiresAt'] },
  { fields: ['windowStart'] },
]);
export const viewMarksCollection = defineCollection<ViewMarkDoc>('view_marks', [
  { fields: ['expiresAt'] },
]);
export const sessionsCollection = defineCollection<SessionDoc>('sessions', [
  { fields: ['userId', 'createdAt'] },
  { fields: ['expiresAt'] },
]);
export const outboxCollection = defineCollection<OutboxDoc>('notification_outbox', [
  { fields: ['status', 'createdAt'] },
  { fields: ['userId', 'createdAt'] },
]);

/** One entry on a household's timeline; every feature writes here (see recordHouseholdEvent). */
export interface HouseholdEventDoc {
  householdId: string;
  villageId: string;
  townId: string;
  at: string;
  /** A kind from shared/src/households/household-event-kinds.ts. */
  kind: string;
  title: string;
  detail: string | null;
  actorId: string | null;
  actorRole: string | null;
  /** The record this event is about, e.g. `claims/abc123`. */
  ref: string | null;
}

export const householdEventsCollection = defineCollection<HouseholdEventDoc>('household_events', [
  { fields: ['householdId', 'at'] },
]);

/**
 * A client's permission to write one photo straight to storage (direct-upload.ts): the path the
 * Files port reserved, whose it is, how big it may be and until when; used once.
 */
export interface UploadTicketDoc {
  ownerId: string;
  feature: FileFeature;
  /** What the finished upload is for (`photo`, `list-copy`). */
  purpose: string;
  /** The reserved storage path and the fileId an object written there has. */
  path: string;
  fileId: string;
  maxBytes: number;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** When the ticket and anything the client left at its path are deleted. */
  sweepAfter: string;
}

export const uploadTicketsCollection = defineCollection<UploadTicketDoc>('upload_tickets', [
  { fields: ['sweepAfter'] },
]);

/**
 * One 消息 of a user: the sentence and link rendered from a notice (shared/src/messages), written
 * in the same transaction as the notice's outbox row; kept a year (`expiresAt`, pruned by
 * prune-expired-records.ts).
 */
export interface MessageDoc {
  userId: string;
  template: string;
  text: string;
  link: { page: string; param: string | null; id: string | null } | null;
  readAt: string | null;
  createdAt: string;
  expiresAt: string;
}

export const messagesCollection = defineCollection<MessageDoc>('messages', [
  { fields: ['userId', 'createdAt'] },
  { fields: ['userId', 'readAt', 'createdAt'] },
  { fields: ['expiresAt'] },
]);

export const PLATFORM_COLLECTIONS = [
  uploadTicketsCollection,
  householdEventsCollection,
  usersCollection,
  orgUnitsCollection,
  auditCollection,
  idempotencyCollection,
  rateLimitCollection,
  viewMarksCollection,
  outboxCollection,
  sessionsCollection,
  messagesCollection,
] as const;
