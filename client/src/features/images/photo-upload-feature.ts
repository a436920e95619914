import type { ClientCallResult } from '../../api/client-call-result';
import type { UploadTarget } from '../../api/upload-file';
import type { HeldFeature } from './held-photo';

/** One finished upload, as the finishing action takes it. */
export interface UploadedPart {
  ticketId: string;
  fileId: string;
}

/** What one feature's photos are sent with (exhibits, claims, risk reports and visits). */
export interface PhotoUploadFeature {
  /** Which held-photo sender finishes it (photos kept on the phone while offline). */
  held?: HeldFeature;
  /** Also send a small copy for list cards (longest side 480 px). */
  listCopy: boolean;
  /** Prefix of the finishing call's idempotency key. */
  keyPrefix: string;
  start(
    kind: 'photo' | 'list-copy',
    idempotencyKey: string,
  ): Promise<ClientCallResult<UploadTarget & { ticketId: string; expiresAt?: string }>>;
  finish(
    parts: { photo: UploadedPart; listCopy?: UploadedPart },
    idempotencyKey: string,
  ): Promise<ClientCallResult<{ fileId: string; url: string }>>;
}
