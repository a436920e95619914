import type { SubscriptionKind } from '../../shared/src/notifications/subscription-templates';
import { renderNotice } from '../../shared/src/notifications/subscription-templates';
import type { SubscribeConfig } from '../platform/env';
import type { Clock } from '../platform/ports/clock';
import type { Logger } from '../platform/ports/logger';
import type { Doc, Store, Transaction } from '../platform/ports/store';
import { isStoreError } from '../platform/ports/store';
import type {
  SubscriptionMessage,
  SubscriptionSender,
} from '../platform/ports/subscription-sender';
import type { OutboxDoc } from '../platform/runtime/platform-collections';
import { outboxCollection, usersCollection } from '../platform/runtime/platform-collections';
import { consentId, subscriptionConsentsCollection } from './subscription-consents';

/**
 * The dispatcher: drains the notification outbox into WeChat subscription messages. Run by the
 * `notifyDispatch` function's timer on CloudBase and by the local gateway on an interval.
 *
 * Each queued notice that is due is CLAIMED in a transaction that checks the row's `_version`
 * (queued → sending, with a lease), so two runs at once never send one notice twice; the same
 * transaction uses up one of the user's subscriptions for that kind. Then it is sent, and marked:
 * - `sent`;
 * - `failed` on a permanent error (43101 refused / nothing left, 40003 bad openid, …), or after
 *   `maxAttempts` transient errors;
 * - `skipped` when it cannot be sent at all: no subscription message for its template, no
 *   template id configured for its kind, no openid, or no consent left (`outcome` says which);
 * - back to `queued` after a transient error, with `nextAttemptAt` backing off exponentially
 *   (and the subscription given back).
 * A notice is never removed: it stays until marked, and keeps its outcome. A run that dies
 * mid-send leaves the row `sending`; when its lease lapses, a later run takes it over (at most
 * one extra send, only after a crash).
 */
export interface DispatchDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
  sender: SubscriptionSender;
  subscribe: SubscribeConfig;
}

export interface DispatchOptions {
  /** Notices handled per run (default 50). */
  batch?: number;
  /** Send attempts before a notice is failed (default 5). */
  maxAttempts?: number;
  /** First retry after this; doubles each attempt (default 60 s). */
  baseDelayMs?: number;
  /** Longest wait between attempts (default 1 h). */
  maxDelayMs?: number;
  /** How long a claim holds (default 5 min; longer than one send can take). */
  leaseMs?: number;
  /**
   * No new notice is started after this much (steady) time: the rest wait for the next run, so
   * a run ends inside its function's timeout (default: no limit).
   */
  budgetMs?: number;
  /** Steady milliseconds, for the budget (default performance.now). */
  steadyNow?: () => number;
}

export interface DispatchResult {
  sent: number;
  failed: number;
  skipped: number;
  retrying: number;
  /** Notices another run claimed first. */
  contended: number;
}

/** The wait before attempt `attempts + 1`, after `attempts` failures: base · 2^(attempts−1). */
export function backoffMs(attempts: number, baseDelayMs = 60_000, maxDelayMs = 3_600_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

type Claim =
  | { kind: 'taken' }
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'send';
      doc: Doc<OutboxDoc>;
      message: SubscriptionMessage;
      subscription: SubscriptionKind;
    };

function isDue(doc: OutboxDoc, nowIso: string): boolean {
  if (doc.status === 'queued') return !doc.nextAttemptAt || doc.nextAttemptAt <= nowIso;
  if (doc.status === 'sending') return !!doc.claimedUntil && doc.claimedUntil < nowIso;
  return false;
}

async function dueNotices(store: Store, nowIso: string, batch: number) {
  const out: Array<Doc<OutboxDoc>> = [];
  const outbox = store.collection(outboxCollection);
  // Lapsed claims first (a run died mid-send), then queued notices oldest first.
  const lapsed = await outbox.find(
    { status: 'sending', claimedUntil: { $lt: nowIso } },
    { sort: [['createdAt', 'asc']], limit: batch },
  );
  out.push(...lapsed.items);
  let after: string | null = null;
  for (let pages = 0; pages < 10 && out.length < batch; pages += 1) {
    const page = await outbox.find(
      { status: 'queued' },
      { sort: [['createdAt', 'asc']], limit: 100, ...(after ? { after } : {}) },
    );
    out.push(...page.items.filter((d) => isDue(d, nowIso)));
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  return out.slice(0, batch);
}

export async function dispatchOutbox(
  deps: DispatchDeps,
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const { store, clock, logger, sender, subscribe } = deps;
  const batch = options.batch ?? 50;
  const maxAttempts = options.maxAttempts ?? 5;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const result: DispatchResult = { sent: 0, failed: 0, skipped: 0, retrying: 0, contended: 0 };

  const steadyNow = options.steadyNow ?? (() => performance.now());
  const started = steadyNow();
  const startIso = clock.now().toISOString();
  for (const seen of await dueNotices(store, startIso, batch)) {
    if (options.budgetMs !== undefined && steadyNow() - started >= options.budgetMs) break;
    let claim: Claim;
    try {
      claim = await store.transaction((tx) => claimNotice(tx, seen));
    } catch (e) {
      if (isStoreError(e, 'VERSION_CONFLICT')) {
        result.contended += 1;
        continue;
      }
      throw e;
    }
    if (claim.kind === 'taken') result.contended += 1;
    else if (claim.kind === 'skipped') {
      result.skipped += 1;
      logger.info(
        { notice: seen._id, template: seen.template, reason: claim.reason },
        'notice skipped',
      );
    } else await sendClaimed(claim);
  }
  return result;

  async function claimNotice(tx: Transaction, seen: Doc<OutboxDoc>): Promise<Claim> {
    const now = clock.now();
    const nowIso = now.toISOString();
    const cur = await tx.get(outboxCollection, seen._id);
    if (!cur || cur._version !== seen._version || !isDue(cur, nowIso)) return { kind: 'taken' };
    const skip = async (reason: string): Promise<Claim> => {
      await tx.update(
        outboxCollection,
        cur._id,
        { set: { status: 'skipped', outcome: reason, finishedAt: nowIso, claimedUntil: null } },
        { ifVersion: cur._version },
      );
      return { kind: 'skipped', reason };
    };
    const rendered = renderNotice(cur.template, cur.data, cur.createdAt);
    if (!rendered) return skip('no-subscription-template');
    const templateId = subscribe.templates[rendered.kind];
    if (!templateId) return skip('no-template-id');
    const user = await tx.get(usersCollection, cur.userId);
    if (!user?.openid) return skip('no-openid');
    // A lapsed claim already used up a subscription when it was taken.
    const retaking = cur.status === 'sending';
    if (!retaking) {
      const consent = await tx.get(
        subscriptionConsentsCollection,
        consentId(cur.userId, rendered.kind),
      );
      if (!consent || consent.templateId !== templateId || consent.remaining < 1)
        return skip('no-consent');
      await tx.update(subscriptionConsentsCollection, consent._id, { inc: { remaining: -1 } });
    }
    const claimed = await tx.update(
      outboxCollection,
      cur._id,
      {
        set: {
          status: 'sending',
          claimedUntil: new Date(now.getTime() + leaseMs).toISOString(),
          attempts: (cur.attempts ?? 0) + 1,
        },
      },
      { ifVersion: cur._version },
    );
    return {
      kind: 'send',
      doc: claimed,
      subscription: rendered.kind,
      message: {
        touser: user.openid,
        template_id: templateId,
        page: rendered.page,
        data: rendered.data,
        miniprogram_state: subscribe.miniprogramState,
        lang: 'zh_CN',
      },
    };
  }

  async function sendClaimed(claim: Extract<Claim, { kind: 'send' }>): Promise<void> {
    const { doc } = claim;
    const outcome = await sender.send(claim.message);
    const nowIso = clock.now().toISOString();
    const attempts = doc.attempts ?? 1;
    const cid = consentId(doc.userId, claim.subscription);
    try {
      await store.transaction(async (tx) => {
        const mark = (set: Partial<OutboxDoc>) =>
          tx.update(
            outboxCollection,
            doc._id,
            { set: { claimedUntil: null, ...set } },
            {
              ifVersion: doc._version,
            },
          );
        if (outcome.ok) {
          await mark({ status: 'sent', outcome: null, finishedAt: nowIso });
          return;
        }
        if (!outcome.retry) {
          await mark({ status: 'failed', outcome: outcome.code, finishedAt: nowIso });
          // 43101: WeChat holds no subscription of this user for the template (any more).
          if (outcome.code === '43101' && (await tx.get(subscriptionConsentsCollection, cid)))
            await tx.update(subscriptionConsentsCollection, cid, { set: { remaining: 0 } });
          return;
        }
        // Transient: the subscription was not used; give it back.
        if (await tx.get(subscriptionConsentsCollection, cid))
          await tx.update(subscriptionConsentsCollection, cid, { inc: { remaining: 1 } });
        if (attempts >= maxAttempts) {
          await mark({ status: 'failed', outcome: `gave-up:${outcome.code}`, finishedAt: nowIso });
          return;
        }
        const wait = backoffMs(attempts, options.baseDelayMs, options.maxDelayMs);
        await mark({
          status: 'queued',
          outcome: outcome.code,
          nextAttemptAt: new Date(clock.now().getTime() + wait).toISOString(),
        });
      });
    } catch (e) {
      // The claim lapsed and another run took the notice over: its outcome wins.
      if (isStoreError(e, 'VERSION_CONFLICT')) {
        logger.warn({ notice: doc._id }, 'notice claim lapsed before it was marked');
        return;
      }
      throw e;
    }
    if (outcome.ok) result.sent += 1;
    else if (!outcome.retry || attempts >= maxAttempts) result.failed += 1;
    else result.retrying += 1;
  }
}
