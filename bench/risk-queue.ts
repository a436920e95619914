import { RISK_CONSENT } from '../shared/src/risk/risk-catalogue';
import { householdsCollection } from '../cloudfunctions/households/household-collections';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import { fixedClock } from '../cloudfunctions/platform/ports/clock';
import type { UserDoc } from '../cloudfunctions/platform/runtime/platform-collections';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { riskReportsCollection } from '../cloudfunctions/risk/risk-collections';
import { householdsFunction } from '../cloudfunctions/households/households-function';
import { riskFunction } from '../cloudfunctions/risk/risk-function';
import type { BenchSection } from './bench-report';
import { benchEnv } from './env';
import { withScalePlatform } from './scale-platform';
import { ms, printSection, ratio, summarize, timeCalls } from './bench-report';

const TOWN = 'town-zheqiao';
const REPORTS = benchEnv.riskReports;
/** Share of the reports the village has checked, so they wait in the town's 待办. */
const VERIFIED_SHARE = 0.6;
const DAY = 86_400_000;

/**
 * The town reviewer's 待办 (`risk.queue`, view `todo`) with 5,000 reports in the town over the
 * ~20,000-household scale set, against one indexed `find` on the store for the same page. The
 * reports are made through the real `submit` and `review` handlers (village cadres of the town's
 * 9 villages, one report per household, spread over 30 days so some are overdue).
 */
export async function run(): Promise<BenchSection> {
  const now = new Date();
  const clock = fixedClock(new Date(now.getTime() - 30 * DAY));
  return withScalePlatform('risk', clock, async ({ platform, households: totalHouseholds }) => {
    const { store } = platform;

    // A village cadre per village of the town (bench users; the personas cover 祁牟村 only).
    const households = (
      await store.collection(householdsCollection).find({ townId: TOWN }, { limit: 100_000 })
    ).items;
    const villageIds = [...new Set(households.map((h) => h.villageId))];
    const at = clock.now().toISOString();
    const openids = new Map<string, string>();
    for (const villageId of villageIds) {
      const openid = `bench:cadre:${villageId}`;
      const doc: UserDoc = {
        openid,
        role: 'village_cadre',
        name: '测试干部',
        orgUnitId: villageId,
        villageId,
        townId: TOWN,
        householdId: null,
        phone: null,
        idNumber: null,
        consents: [],
        demo: true,
        createdAt: at,
        updatedAt: at,
      };
      await store.collection(usersCollection).insert(doc);
      openids.set(villageId, openid);
    }
    // Logins go idle after 24 h of the moving clock: a fresh one for each simulated half day.
    const tokens = new Map<string, { token: string; at: number }>();
    const tokenFor = async (villageId: string) => {
      const cur = tokens.get(villageId);
      if (cur && clock.now().getTime() - cur.at < DAY / 2) return cur.token;
      const s = await openDevSession(
        store,
        clock,
        platform.tokenSecret,
        openids.get(villageId) ?? '',
      );
      const next = { token: `Bearer ${s.token}`, at: clock.now().getTime() };
      tokens.set(villageId, next);
      return next.token;
    };

    const entry = createFunctionEntry(riskFunction, platform.deps);
    const call = async (authorization: string, action: string, payload: unknown) => {
      const r = await entry({ action, payload }, { authorization });
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
      return r.data as { reportId: string; version: number };
    };
    const t0 = Date.now();
    const step = (30 * DAY) / REPORTS;
    for (let i = 0; i < REPORTS; i++) {
      const h = households[i % households.length];
      if (!h) throw new Error('no households in the town');
      clock.set(new Date(now.getTime() - 30 * DAY + i * step));
      const auth = await tokenFor(h.villageId);
      const day = new Date(clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      const r = await call(auth, 'submit', {
        householdId: h._id,
        risks: ['illness'],
        occurredOn: day,
        description: '测试：家里有人住院',
        estimatedCost: 10_000 + (i % 50) * 1000,
        consent: { version: RISK_CONSENT.version, agreed: true },
      });
      if (i % 10 < VERIFIED_SHARE * 10)
        await call(auth, 'review', {
          reportId: r.reportId,
          expectedVersion: r.version,
          decision: 'approve',
          visit: {
            visitedOn: day,
            incomePerHead: 6000,
            confirmedRisks: ['illness'],
            note: '测试：入户核实',
          },
        });
    }
    const seedMs = Date.now() - t0;
    clock.set(now);

    const reports = store.collection(riskReportsCollection);
    const inTown = (
      store.reader
        .prepare(`SELECT COUNT(*) AS n FROM c_risk_reports WHERE json_extract(doc, '$.townId') = ?`)
        .get(TOWN) as { n: number }
    ).n;
    const waiting = (
      store.reader
        .prepare(
          `SELECT COUNT(*) AS n FROM c_risk_reports WHERE json_extract(doc, '$.townId') = ? AND json_extract(doc, '$.waitingFor') = 'town'`,
        )
        .get(TOWN) as { n: number }
    ).n;

    const reviewer = `Bearer ${
      (
        await openDevSession(
          store,
          clock,
          platform.tokenSecret,
          await ensureDevUser(store, clock, 'town_reviewer'),
        )
      ).token
    }`;
    const queue = (payload: object) => async () => {
      const r = await entry({ action: 'queue', payload }, { authorization: reviewer });
      if (!r.ok) throw new Error(`queue: ${JSON.stringify(r.error)}`);
    };
    const find = () =>
      reports.find({ townId: TOWN, waitingFor: 'town' }, { sort: [['dueOn', 'asc']], limit: 20 });
    const raw = summarize(await timeCalls(200, find, 20));
    const todo = summarize(await timeCalls(200, queue({ view: 'todo' }), 20));
    const overdue = summarize(await timeCalls(100, queue({ view: 'todo', overdueOnly: true }), 10));
    // Statistics of the town and the 360° timeline of a household with reports, at this size.
    const stats = summarize(
      await timeCalls(
        50,
        async () => {
          const r = await entry({ action: 'stats', payload: {} }, { authorization: reviewer });
          if (!r.ok) throw new Error(`stats: ${JSON.stringify(r.error)}`);
        },
        5,
      ),
    );
    const households360 = createFunctionEntry(householdsFunction, platform.deps);
    const withReports = households[0]?._id ?? '';
    const timeline = summarize(
      await timeCalls(
        100,
        async () => {
          const r = await households360(
            { action: 'timeline', payload: { householdId: withReports, limit: 20 } },
            { authorization: reviewer },
          );
          if (!r.ok) throw new Error(`timeline: ${JSON.stringify(r.error)}`);
        },
        10,
      ),
    );
    const firstPage = await entry(
      { action: 'queue', payload: { view: 'todo' } },
      { authorization: reviewer },
    );
    const overdueShown =
      firstPage.ok &&
      (firstPage.data as { items: Array<{ deadline: { overdue: boolean } | null }> }).items.filter(
        (x) => x.deadline?.overdue,
      ).length;

    return {
      name: `risk 待办 of a town: ${inTown.toLocaleString('en')} reports over ${totalHouseholds.toLocaleString('en')} households`,
      lines: [
        `seed: ${REPORTS} submits + ${Math.round(REPORTS * VERIFIED_SHARE)} village approvals through the handlers in ${(seedMs / 1000).toFixed(1)} s (${(seedMs / (REPORTS * (1 + VERIFIED_SHARE))).toFixed(2)} ms a call)`,
        `waiting for the town: ${waiting}; overdue on the first page: ${String(overdueShown)} of 20`,
        `indexed find (town, waitingFor, dueOn; 20)  p50 ${ms(raw.p50)}  p99 ${ms(raw.p99)}`,
        `risk.queue todo, town reviewer (20)        p50 ${ms(todo.p50)}  p99 ${ms(todo.p99)}  = ${ratio(todo.p50, raw.p50)} of one indexed find`,
        `risk.queue todo overdueOnly                p50 ${ms(overdue.p50)}  p99 ${ms(overdue.p99)}`,
        `risk.stats, town reviewer                   p50 ${ms(stats.p50)}  p99 ${ms(stats.p99)}`,
        `households.timeline (360°, 20 events)       p50 ${ms(timeline.p50)}  p99 ${ms(timeline.p99)}`,
      ],
      data: {
        reports: inTown,
        households: totalHouseholds,
        waitingForTown: waiting,
        seedMs,
        seededThrough: 'risk.submit + risk.review handlers',
        indexedFindMs: raw,
        queueTodoMs: todo,
        queueOverdueMs: overdue,
        statsMs: stats,
        timelineMs: timeline,
        queueOverIndexedFind: todo.p50 / raw.p50,
      },
    };
  });
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
