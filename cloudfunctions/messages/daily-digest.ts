import type { DigestDay, DueItem } from '../../shared/src/messages/daily-digest';
import {
  DIGEST_ROLES,
  DIGEST_TEMPLATE,
  digestCountsFor,
  digestData,
  digestDay,
  isDigestRole,
} from '../../shared/src/messages/daily-digest';
import { messageExpiresAt } from '../../shared/src/messages/message-retention';
import { renderMessage } from '../../shared/src/messages/message-text';
import { claimsCollection } from '../claims/claim-collections';
import { feedbackCollection } from '../feedback/feedback-collection';
import type { Clock } from '../platform/ports/clock';
import type { Logger } from '../platform/ports/logger';
import type { CollectionDef, Filter, Store } from '../platform/ports/store';
import type { PlatformDeps } from '../platform/runtime/platform-deps';
import { defineCollection, isStoreError } from '../platform/ports/store';
import { messagesCollection, usersCollection } from '../platform/runtime/platform-collections';
import { riskReportsCollection } from '../risk/risk-collections';

/** One row per China date the digest went out completely (`_id` = the date). */
export interface DigestRunDoc {
  startedAt: string;
  finishedAt: string | null;
  officials: number;
  sent: number;
}

export const digestRunsCollection = defineCollection<DigestRunDoc>('digest_runs', []);

export interface DigestDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
}

export interface DigestResult {
  /** 1 when there was nothing to do now (before 08:00, a day off, or today's run is done). */
  idle: number;
  officials: number;
  sent: number;
  /** Officials whose message for today already existed (a run resumed after a timeout). */
  already: number;
  /** 1 when the budget ran out before every official was seen (the next run goes on). */
  unfinished: number;
}

/** The id of one official's digest for one day: a second run that day writes nothing new. */
export function digestMessageId(day: string, userId: string): string {
  return `digest-${day}-${userId}`;
}

const PAGE = 500;

async function readAll<T>(
  store: Store,
  def: CollectionDef<T>,
  filter: Filter,
  map: (doc: T & { _id: string }) => DueItem | null,
): Promise<DueItem[]> {
  const out: DueItem[] = [];
  let after: string | undefined;
  do {
    const page = await store
      .collection(def)
      .find(filter, { sort: [['dueOn', 'asc']], limit: PAGE, after });
    for (const doc of page.items) {
      const item = map(doc);
      if (item) out.push(item);
    }
    after = page.nextCursor ?? undefined;
  } while (after);
  return out;
}

/**
 * Everything with a review deadline that is late or due by `day.soonUntil`: one indexed range
 * read per feature ({waitingFor|level, dueOn}), paged, rather than counts per official.
 */
export async function dueItems(store: Store, day: DigestDay): Promise<DueItem[]> {
  const soon = { $lte: day.soonUntil };
  const [risk, claims, feedback] = await Promise.all([
    readAll(
      store,
      riskReportsCollection,
      { waitingFor: { $in: ['village', 'town', 'city'] }, dueOn: soon },
      (r) =>
        r.waitingFor && r.dueOn
          ? {
              domain: 'risk',
              level: r.waitingFor,
              villageId: r.villageId,
              townId: r.townId,
              dueOn: r.dueOn,
            }
          : null,
    ),
    readAll(
      store,
      claimsCollection,
      { waitingFor: { $in: ['village', 'town', 'insurer', 'city'] }, dueOn: soon },
      (c) =>
        c.waitingFor && c.dueOn
          ? {
              domain: 'claims',
              level: c.waitingFor,
              villageId: c.villageId,
              townId: c.townId,
              dueOn: c.dueOn,
            }
          : null,
    ),
    readAll(
      store,
      feedbackCollection,
      {
        level: { $in: ['village', 'town', 'city'] },
        dueOn: soon,
        status: { $in: ['received', 'passed_up'] },
      },
      (f) =>
        f.dueOn
          ? {
              domain: 'feedback',
              level: f.level ?? 'village',
              villageId: f.villageId,
              townId: f.townId,
              dueOn: f.dueOn,
            }
          : null,
    ),
  ]);
  return [...risk, ...claims, ...feedback];
}

/**
 * Officials' daily digest (issue 15 part 1). Run on a timer (the `messages` function's hourly
 * `daily-digest` trigger on CloudBase; the local gateway's notice loop): on a working day from
 * 08:00 China time, each reviewer with late or nearly due work gets one 消息 that counts it and
 * opens their 待办. Safe to run again: each message has a fixed id per official and day, and the
 * day is marked done once every official was seen; a run that hits its time budget stops and the
 * next one goes on where it left off. Nothing is sent as a subscription message (officials would
 * have to allow one every day); the in-app message is the digest.
 */
export async function sendDailyDigests(
  deps: DigestDeps,
  options: {
    /** Stop seeing officials after this long; the next run goes on (default 30 s). */
    budgetMs?: number;
    /** Steady milliseconds, for the budget (default performance.now). */
    steadyNow?: () => number;
  } = {},
): Promise<DigestResult> {
  const result: DigestResult = { idle: 0, officials: 0, sent: 0, already: 0, unfinished: 0 };
  const started = deps.clock.now();
  const day = digestDay(started);
  if (!day) return { ...result, idle: 1 };
  const runs = deps.store.collection(digestRunsCollection);
  const run = await runs.get(day.today);
  if (run?.finishedAt) return { ...result, idle: 1 };
  if (!run) {
    try {
      await runs.insert({
        _id: day.today,
        startedAt: started.toISOString(),
        finishedAt: null,
        officials: 0,
        sent: 0,
      });
    } catch (e) {
      if (!isStoreError(e, 'DUPLICATE')) throw e;
    }
  }

  const items = await dueItems(deps.store, day);
  const steadyNow = options.steadyNow ?? (() => performance.now());
  const deadline = steadyNow() + (options.budgetMs ?? 30_000);
  const users = deps.store.collection(usersCollection);
  const messages = deps.store.collection(messagesCollection);
  let after: string | undefined;
  do {
    const page = await users.find(
      { role: { $in: [...DIGEST_ROLES] } },
      { sort: [['role', 'asc']], limit: PAGE, after },
    );
    for (const user of page.items) {
      if (steadyNow() > deadline) {
        deps.logger.warn(
          { day: day.today, ...result },
          'daily digest: budget spent, resumes next run',
        );
        return { ...result, unfinished: 1 };
      }
      if (!isDigestRole(user.role)) continue;
      result.officials += 1;
      const counts = digestCountsFor(
        { role: user.role, villageId: user.villageId, townId: user.townId },
        items,
        day,
      );
      if (counts.overdue + counts.dueSoon === 0) continue;
      const data = digestData(counts, user.role);
      const { text, link } = renderMessage(DIGEST_TEMPLATE, data);
      const createdAt = deps.clock.now().toISOString();
      try {
        await messages.insert({
          _id: digestMessageId(day.today, user._id),
          userId: user._id,
          template: DIGEST_TEMPLATE,
          text,
          link,
          readAt: null,
          createdAt,
          expiresAt: messageExpiresAt(createdAt),
        });
        result.sent += 1;
      } catch (e) {
        if (!isStoreError(e, 'DUPLICATE')) throw e;
        result.already += 1;
      }
    }
    after = page.nextCursor ?? undefined;
  } while (after);

  await runs.update(day.today, {
    set: {
      finishedAt: deps.clock.now().toISOString(),
      officials: result.officials,
      sent: result.sent,
    },
  });
  deps.logger.info({ day: day.today, items: items.length, ...result }, 'daily digest sent');
  return result;
}

/** The `messages` function's `daily-digest` timer task (index.ts), on the function's ports. */
export async function dailyDigestTimerTask(d: PlatformDeps): Promise<Record<string, number>> {
  const r = await sendDailyDigests(d, {
    // Leave the last 10 s of the function's timeout for the final writes.
    budgetMs: Math.max(5_000, (d.limits.functionTimeoutMs ?? 60_000) - 10_000),
  });
  return { ...r };
}
