import { isRetryable, type ClientCallResult } from '../../api/client-call-result';
import { heldIdsIn, heldMarker, withSentPhotos } from '../images/held-photo';
import type { RawCall } from '../../api/api-client';
import { readStored, writeStored } from '../../storage/local-store';
import { newIdempotencyKey } from './idempotency-key';
import type { Author } from '../session/session-store';
import { isStoredList, readOutboxItems, type OutboxItem } from './outbox-item';
import { retryDelayMs } from './retry-backoff';

export interface OutboxOptions {
  call: RawCall;
  /**
   * Who is logged in right now (read at every send, not only at enqueue: a login can change
   * between). Items go out only while their author is the one logged in.
   */
  currentUser: () => Author | null;
  /** Storage key (under the app's prefix) holding the queue. */
  storageKey?: string;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Sent and failed items kept for the status list. */
  keepFinished?: number;
  /** Photos kept on the phone that an item's payload uses (issue 16): sent before it. */
  photos?: OutboxPhotos;
}

/** How the outbox sends and then forgets the held photos of an item (images/send-held-photo). */
export interface OutboxPhotos {
  send(ownerId: string, localId: string): Promise<ClientCallResult<{ fileId: string }>>;
  release(ownerId: string, localId: string): Promise<void>;
  /**
   * The server refused the submission because it no longer has a photo that went up earlier (an
   * unused exhibit photo is swept after a day): forget its answer so the next send uploads it
   * again. Done once per item.
   */
  resend?(ownerId: string, localId: string): Promise<void>;
}

export interface EnqueueInput {
  fn: string;
  action: string;
  payload: unknown;
  label: string;
  keyPrefix?: string;
  /** Held photos (their local ids, in order) the payload names by `heldMarker`. */
  photos?: readonly string[];
}

/** Someone else's item waiting on this phone: only whose and when, nothing of its content. */
export interface HeldItem {
  key: string;
  fn: string;
  action: string;
  authorName: string | null;
  createdAt: number;
}

export interface Outbox {
  /** The logged-in person's items (or, with nobody logged in, those refused for that reason). */
  items(): readonly OutboxItem[];
  /** Other people's unsent items, held until they log in again. */
  held(): readonly HeldItem[];
  /** Called after every change (and a change of who is logged in); read items()/held() then. */
  subscribe(listener: () => void): () => void;
  /** Someone logged in or out: lists change, and the new person's held items go out now. */
  userChanged(): Promise<void>;
  /** Saves the submission with a new idempotency key, then tries to send it. */
  enqueue(input: EnqueueInput): OutboxItem;
  /** Sends every pending item whose time has come (or all pending items with `force`). */
  flush(options?: { force?: boolean }): Promise<void>;
  /** Drops a finished (sent or failed) item from the list. */
  dismiss(key: string): void;
  /**
   * Logout: drops this user's finished items and, unless `keepUnsent`, their unsent ones too
   * (kept ones wait, hidden from others, until they log in again).
   */
  forgetUser(userId: string, options: { keepUnsent: boolean }): void;
  /** Stops the retry timer (tests, teardown). */
  stop(): void;
}

/**
 * The outbox: submissions made on a weak network are stored on the device first, then sent
 * with the same idempotency key until the server answers. The server returns the first
 * result for a repeated key, so a retry never creates a second record.
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const storageKey = options.storageKey ?? 'outbox.v1';
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const keepFinished = options.keepFinished ?? 30;
  const listeners = new Set<() => void>();
  const inFlight = new Set<string>();
  let timer: unknown = null;
  let flushing: Promise<void> | null = null;

  // An item that was in flight when the app stopped is sent again with its key.
  let queue: OutboxItem[] = readOutboxItems(readStored(storageKey, isStoredList)).map((item) =>
    item.status === 'sending' ? { ...item, status: 'pending' } : item,
  );

  function commit(next: OutboxItem[]): void {
    const active = next.filter((i) => i.status === 'pending' || i.status === 'sending');
    const finished = next
      .filter((i) => i.status === 'sent' || i.status === 'failed')
      .slice(-keepFinished);
    const kept = next.filter((i) => active.includes(i) || finished.includes(i));
    // Finished items pushed out of the list take their held photos with them.
    next.filter((i) => !kept.includes(i)).forEach(releasePhotos);
    queue = kept;
    writeStored(storageKey, queue);
    listeners.forEach((listener) => listener());
  }

  function update(key: string, patch: Partial<OutboxItem>): void {
    commit(queue.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }

  /** True when the item may go out now: its author is the one logged in at this moment. */
  function sendableNow(item: OutboxItem): boolean {
    const user = options.currentUser();
    return item.author !== null && user !== null && item.author.userId === user.userId;
  }

  function isMine(item: OutboxItem, user: Author | null): boolean {
    return user ? item.author?.userId === user.userId : item.author === null;
  }

  function schedule(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const waiting = queue.filter(
      (i) => i.status === 'pending' && !inFlight.has(i.key) && sendableNow(i),
    );
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((i) => i.nextAttemptAt));
    timer = setTimer(
      () => {
        timer = null;
        void flush();
      },
      Math.max(0, next - now()),
    );
  }

  async function send(item: OutboxItem): Promise<void> {
    // Checked right before the call, in the same tick as the transport reads the token, so a
    // login that changed since the item was queued (or since this flush began) holds it back.
    if (!sendableNow(item)) return;
    inFlight.add(item.key);
    update(item.key, { status: 'sending' });
    let payload = item.payload;
    if (item.photos && item.photos.length > 0 && options.photos) {
      const photos = await sendPhotos(item);
      // Forgotten meanwhile (its author logged out and cleared): it goes nowhere, even if they
      // are logged in again by now.
      if (!queue.some((i) => i.key === item.key)) {
        inFlight.delete(item.key);
        return;
      }
      // Photos take a while on 2G: whoever logged in meanwhile, the item goes only as its author.
      if (photos.ok && !sendableNow(item)) {
        inFlight.delete(item.key);
        update(item.key, {
          status: 'pending',
          payload: photos.data,
          heldPayload: item.heldPayload ?? item.payload,
        });
        return;
      }
      if (!photos.ok) {
        inFlight.delete(item.key);
        settle(item, photos);
        return;
      }
      payload = photos.data;
      update(item.key, { payload, heldPayload: item.heldPayload ?? item.payload });
    }
    // Checked above, in the same tick as this call when there are no photos to send first.
    const result = await options.call(item.fn, item.action, payload, {
      idempotencyKey: item.key,
    });
    inFlight.delete(item.key);
    if (await photosGoneAgain(item, result)) return;
    settle(item, result);
  }

  /**
   * A VALIDATION_FAILED on a field that held photos (e.g. 有照片没有上传成功): the server no
   * longer has them. Once per item, the photos are marked to go up again and the item waits
   * with its queued payload (markers, not the old fileIds) for the next flush.
   */
  async function photosGoneAgain(
    sent: OutboxItem,
    result: ClientCallResult<unknown>,
  ): Promise<boolean> {
    // As it is now: `payload` holds the photos' fileIds and `heldPayload` their markers.
    const item = queue.find((i) => i.key === sent.key);
    if (!item) return false;
    const queued = item.heldPayload;
    const owner = item.author?.userId;
    const photos = options.photos;
    if (result.ok || result.error.code !== 'VALIDATION_FAILED' || item.photosResent) return false;
    if (!photos?.resend || !owner || typeof queued !== 'object' || queued === null) return false;
    const fields = Object.keys(result.error.fieldErrors ?? {});
    const byField = queued as Record<string, unknown>;
    if (!fields.some((f) => heldIdsIn(byField[f]).length > 0)) return false;
    for (const id of item.photos ?? []) await photos.resend(owner, id);
    update(item.key, {
      status: 'pending',
      payload: queued,
      photosResent: true,
      attempts: item.attempts + 1,
      nextAttemptAt: now(),
    });
    return true;
  }

  function settle(item: OutboxItem, result: ClientCallResult<unknown>): void {
    const attempts = item.attempts + 1;
    if (result.ok) {
      update(item.key, { status: 'sent', attempts, result: result.data, sentAt: now() });
      releasePhotos(item);
      return;
    }
    const { code, message, fieldErrors } = result.error;
    const lastError = { code, message, ...(fieldErrors ? { fieldErrors } : {}) };
    if (isRetryable(code)) {
      update(item.key, {
        status: 'pending',
        attempts,
        lastError,
        nextAttemptAt: now() + retryDelayMs(attempts, random),
      });
    } else {
      update(item.key, { status: 'failed', attempts, lastError });
    }
  }

  /**
   * The item's held photos, one after another in order, before the item itself: answers the
   * payload with each marker replaced by its fileId. A photo already sent (its record says so)
   * is not sent again, so a retry after a crash repeats nothing.
   */
  async function sendPhotos(item: OutboxItem): Promise<ClientCallResult<unknown>> {
    const ids = item.photos ?? [];
    const owner = item.author?.userId;
    if (ids.length === 0 || !options.photos || !owner) return { ok: true, data: item.payload };
    const sent = new Map<string, string>();
    for (const id of ids) {
      const photo = await options.photos.send(owner, id);
      if (!photo.ok) return photo;
      sent.set(heldMarker(id), photo.data.fileId);
    }
    return { ok: true, data: withSentPhotos(item.payload, sent) };
  }

  function releasePhotos(item: OutboxItem): void {
    const owner = item.author?.userId;
    if (!owner || !options.photos) return;
    for (const id of item.photos ?? []) void options.photos.release(owner, id);
  }

  async function runFlush(force: boolean): Promise<void> {
    const due = queue.filter(
      (i) =>
        i.status === 'pending' &&
        !inFlight.has(i.key) &&
        sendableNow(i) &&
        (force || i.nextAttemptAt <= now()),
    );
    // One at a time, oldest first: on a weak link parallel uploads only fail together.
    for (const item of due) {
      const current = queue.find((i) => i.key === item.key);
      if (current?.status === 'pending') await send(current);
    }
  }

  function flush(flushOptions?: { force?: boolean }): Promise<void> {
    if (flushing) return flushing;
    flushing = runFlush(flushOptions?.force ?? false).finally(() => {
      flushing = null;
      schedule();
    });
    return flushing;
  }

  // An item sent just before the app stopped (a reload right after the answer) may have left
  // its photos on the phone: their removal is not waited for. Removing them again is harmless.
  queue.filter((i) => i.status === 'sent').forEach(releasePhotos);
  schedule();

  return {
    items: () => {
      const user = options.currentUser();
      return queue.filter((i) => isMine(i, user));
    },
    held: () => {
      const user = options.currentUser();
      return queue
        .filter((i) => !isMine(i, user) && (i.status === 'pending' || i.status === 'sending'))
        .map((i) => ({
          key: i.key,
          fn: i.fn,
          action: i.action,
          authorName: i.author?.name ?? null,
          createdAt: i.createdAt,
        }));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(input) {
      const author = options.currentUser();
      const item: OutboxItem = {
        key: newIdempotencyKey(input.keyPrefix ?? input.fn.slice(0, 8), now()),
        author,
        fn: input.fn,
        action: input.action,
        payload: input.payload,
        label: input.label,
        ...(input.photos && input.photos.length > 0 ? { photos: [...input.photos] } : {}),
        status: 'pending',
        attempts: 0,
        createdAt: now(),
        nextAttemptAt: now(),
        // Nobody to send it as: refused at once rather than sent as whoever logs in next.
        ...(author
          ? {}
          : {
              status: 'failed' as const,
              lastError: { code: 'UNAUTHENTICATED' as const, message: '请先登录，再提交。' },
            }),
      };
      commit([...queue, item]);
      void flush();
      return item;
    },
    flush,
    userChanged() {
      listeners.forEach((listener) => listener());
      return flush({ force: true });
    },
    dismiss(key) {
      const gone = queue.find((i) => i.key === key && i.status === 'failed');
      if (gone) releasePhotos(gone);
      commit(
        queue.filter((i) => !(i.key === key && (i.status === 'sent' || i.status === 'failed'))),
      );
    },
    forgetUser(userId, { keepUnsent }) {
      const unsent = (i: OutboxItem) => i.status === 'pending' || i.status === 'sending';
      const forgotten = (i: OutboxItem) =>
        i.author?.userId === userId && !(keepUnsent && unsent(i));
      // An item still being sent goes too: whatever its send answers later updates nothing
      // (`update` only touches items in the queue), so it never comes back as pending.
      queue.filter(forgotten).forEach(releasePhotos);
      commit(queue.filter((i) => !forgotten(i)));
    },
    stop() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
