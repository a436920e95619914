/**
 * A photo kept on the phone until it has reached storage and its finishing call has answered
 * (issue 16): picked offline or on a link that broke, it waits here — with the outbox item or the
 * draft that uses it — and is sent once, resuming from what was recorded of each step.
 */
export type HeldFeature = 'exhibits' | 'claims' | 'risk';

/** Prefix of each feature's finishing-call key (`uploadImage` / `uploadPhoto`). */
export const FINISH_KEY_PREFIX: Record<HeldFeature, string> = {
  exhibits: 'img',
  claims: 'cph',
  risk: 'rph',
};

/** The photo and, for exhibits, its small copy for list cards. */
export type HeldPart = 'photo' | 'list-copy';

/** Where one part stands: the ticket it was given and, once its bytes are in storage, the fileId. */
export interface HeldPartProgress {
  /** Idempotency key of `startUpload`: a retry gets the same ticket back. */
  startKey: string;
  ticket?: {
    ticketId: string;
    cloudPath: string;
    localUploadUrl: string | null;
    expiresAt: string;
  };
  fileId?: string;
}

export interface HeldPhoto {
  localId: string;
  /** The person who picked it: only they see it, and it goes up only as them. */
  ownerId: string;
  feature: HeldFeature;
  createdAt: number;
  /** Bytes of the compressed photo (what goes over the link). */
  bytes: number;
  parts: Partial<Record<HeldPart, HeldPartProgress>>;
  /** Idempotency key of the finishing call (`uploadImage` / `uploadPhoto`). */
  finishKey: string;
  /**
   * What the finishing call answered: the photo is the server's now. `at` (phone time) is when;
   * an exhibit photo no exhibit takes is deleted by the server a day later, so an old answer is
   * not reused (send-held-photo). Records saved before `at` existed count from `createdAt`.
   */
  done?: { fileId: string; url: string; at?: number };
}

const MARKER = 'held-photo:';

/** Stands in a draft or a queued submission for a photo still on the phone. */
export function heldMarker(localId: string): string {
  return `${MARKER}${localId}`;
}

export function heldIdOf(fileId: string): string | null {
  return fileId.startsWith(MARKER) ? fileId.slice(MARKER.length) : null;
}

/** The payload with every held-photo marker replaced by the fileId the server gave it. */
export function withSentPhotos(payload: unknown, sent: ReadonlyMap<string, string>): unknown {
  if (typeof payload === 'string') return sent.get(payload) ?? payload;
  if (Array.isArray(payload)) return payload.map((v) => withSentPhotos(v, sent));
  if (typeof payload === 'object' && payload !== null)
    return Object.fromEntries(
      Object.entries(payload).map(([k, v]) => [k, withSentPhotos(v, sent)]),
    );
  return payload;
}

/** The held-photo ids a payload still refers to, in the order they appear. */
export function heldIdsIn(payload: unknown): string[] {
  if (typeof payload === 'string') {
    const id = heldIdOf(payload);
    return id ? [id] : [];
  }
  if (Array.isArray(payload)) return payload.flatMap(heldIdsIn);
  if (typeof payload === 'object' && payload !== null)
    return Object.values(payload).flatMap(heldIdsIn);
  return [];
}
