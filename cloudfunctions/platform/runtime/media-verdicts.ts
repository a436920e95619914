import type { Clock } from '../ports/clock';
import type { Files } from '../ports/files';
import type { Logger } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import type { CollectionDef, Doc, Store } from '../ports/store';

/**
 * WeChat's asynchronous image check, from the uploads' side: an upload is `pending` with the
 * check's trace id until the `wxa_media_check` verdict arrives, then `passed` or `refused`.
 * Features keep their own upload records (exhibits' `uploads`, risk's `risk_uploads`) and
 * register them here as targets; the `mediaCheck` function records each verdict on whichever
 * record carries its trace id.
 */
export type MediaCheckState = 'passed' | 'pending' | 'refused';

/** Why a photo was refused: WeChat's suggestion, or the check itself failed (fail closed). */
export type RefusalReason = 'risky' | 'review' | 'check_failed';

export type MediaVerdict =
  | { traceId: string; outcome: 'passed'; label: number | null }
  | { traceId: string; outcome: 'refused'; reason: RefusalReason; label: number | null };

/** The fields an upload record needs to take part. */
export interface MediaCheckedDoc {
  ownerId: string;
  contentCheck?: MediaCheckState;
  contentCheckTraceId?: string | null;
  /** WeChat's label of the verdict (100 = normal; 20001 political, 20002 porn, …). */
  contentCheckLabel?: number | null;
  contentCheckedAt?: string | null;
}

export interface MediaCheckTarget<D extends MediaCheckedDoc = MediaCheckedDoc> {
  /** The upload records (indexed on `contentCheckTraceId`). */
  collection: CollectionDef<D>;
  /** The owner is told of a refusal with this outbox template, e.g. `exhibits.photoRefused`. */
  refusedTemplate: string;
  /** What else a refusal means for this feature (e.g. removing the photo's bytes), after the record is updated. */
  afterRefused?(doc: Doc<D>, deps: { files: Files }): Promise<void>;
}

/** Registers a feature's upload records (keeps the target's own document type inside it). */
export function mediaCheckTarget<D extends MediaCheckedDoc>(
  target: MediaCheckTarget<D>,
): MediaCheckTarget {
  return target;
}

export interface MediaVerdictDeps {
  store: Store;
  files: Files;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
}

/**
 * Records a verdict on every pending upload carrying its trace id (in practice one), and for a
 * refusal notifies the owner in the same transaction. Records already decided are left alone, so
 * a repeated push changes nothing. Returns how many records it decided.
 */
export async function recordMediaVerdict(
  deps: MediaVerdictDeps,
  targets: readonly MediaCheckTarget[],
  verdict: MediaVerdict,
): Promise<number> {
  let decided = 0;
  const now = deps.clock.now().toISOString();
  for (const target of targets) {
    const found = await deps.store
      .collection(target.collection)
      .find({ contentCheckTraceId: verdict.traceId }, { limit: 10 });
    for (const doc of found.items) {
      if (doc.contentCheck !== 'pending') continue;
      const updated = await deps.store.transaction(async (tx) => {
        const current = await tx.get(target.collection, doc._id);
        if (!current || current.contentCheck !== 'pending') return null;
        const next = await tx.update(
          target.collection,
          doc._id,
          {
            set: {
              contentCheck: verdict.outcome,
              contentCheckLabel: verdict.label,
              contentCheckedAt: now,
            },
          },
          { ifVersion: current._version },
        );
        if (verdict.outcome === 'refused') {
          await deps.notifier.notify(
            {
              userId: current.ownerId,
              template: target.refusedTemplate,
              data: { fileId: current._id, reason: verdict.reason },
            },
            tx,
          );
        }
        return next;
      });
      if (!updated) continue;
      decided += 1;
      if (verdict.outcome === 'refused' && target.afterRefused) {
        try {
          await target.afterRefused(updated, { files: deps.files });
        } catch (e) {
          // The record says refused and every view hides it; a later sweep may retry the clean-up.
          deps.logger.warn(
            {
              collection: target.collection.name,
              error: e instanceof Error ? e.name : 'unknown',
            },
            'clean-up after a refused photo failed',
          );
        }
      }
    }
  }
  return decided;
}
