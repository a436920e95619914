import { itemsFor } from '../shared/src/claims/claim-documents';
import { CLAIM_CONSENT } from '../shared/src/claims/claim-schemas';
import {
  claimsCollection,
  claimUploadsCollection,
} from '../cloudfunctions/claims/claim-collections';
import { claimsFunction } from '../cloudfunctions/claims/claims-function';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import { householdsCollection } from '../cloudfunctions/households/household-collections';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import { fixedClock } from '../cloudfunctions/platform/ports/clock';
import type { UserDoc } from '../cloudfunctions/platform/runtime/platform-collections';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import {
  ensureSeedUser,
  seedFunctionEntry,
} from '../cloudfunctions/platform/seed/seed-through-handlers';
import type { BenchSection } from './bench-report';
import { benchEnv } from './env';
import { withScalePlatform } from './scale-platform';
import { ms, printSection, ratio, summarize, timeCalls } from './bench-report';

const CLAIMS = benchEnv.claims;
const DAY = 86_400_000;
/** An illness claim's papers for oneself: the village passes only a full set. */
const PAPERS = itemsFor('illness', { proxy: false });

/**
 * The insurer's city-wide 待办 (`claims.queue`, view `todo`) with 5,000 claims that the towns
 * have passed on, over the ~20,000-household scale set, against one indexed `find` on the store
 * for the same page. Each claim is made through the real handlers: a villager of the household
 * submits it (one photo, the phone's upload recorded as `uploadPhoto` does, on every paper), the
 * village cadre checks every paper and passes it, the town reviewer approves; submissions are
 * spread over 30 days, so many are past the insurer's 3 working days.
 */
export async function run(): Promise<BenchSection> {
  const now = new Date();
  const clock = fixedClock(new Date(now.getTime() - 30 * DAY));
  return withScalePlatform('claims', clock, async ({ platform, households: totalHouseholds }) => {
    const { store } = platform;
    const files = platform.deps.files;
    // Households across the city, every village and town, in a fixed order.
    const households = (
      await store.collection(householdsCollection).find({}, { limit: 100_000 })
    ).items
      .filter((h) => !h._id.startsWith('hh-demo-'))
      .sort((a, b) => (a._id < b._id ? -1 : 1));
    const stride = Math.max(1, Math.floor(households.length / CLAIMS));

    const at = clock.now().toISOString();
    const user = async (
      openid: string,
      role: UserDoc['role'],
      unit: { villageId: string | null; townId: string; householdId?: string },
    ) => {
      await ensureSeedUser(store, {
        openid,
        role,
        name: role === 'villager' ? '马样本' : '测试干部',
        orgUnitId: unit.villageId ?? unit.townId,
        villageId: unit.villageId,
        townId: unit.townId,
        householdId: unit.householdId ?? null,
        phone: null,
        idNumber: null,
        consents: [],
        demo: true,
        createdAt: at,
        updatedAt: at,
      });
      return openid;
    };
    const seed = seedFunctionEntry(claimsFunction, {
      store,
      files,
      keys: platform.deps.dataKeys,
      clock,
    });
    const call = async (openid: string, action: string, payload: unknown) => {
      const r = await seed({ action, payload }, { seedOpenid: openid });
      if (!r.ok) throw new Error(`claims.${action}: ${JSON.stringify(r.error)}`);
      return r.data as { claimId: string; version: number; fileId?: string };
    };
    const photo = demoImagePng(7, 48, 32);

    const t0 = Date.now();
    const step = (30 * DAY) / CLAIMS;
    let calls = 0;
    for (let i = 0; i < CLAIMS; i++) {
      const h = households[(i * stride) % households.length];
      if (!h) throw new Error('no households in the scale set');
      clock.set(new Date(now.getTime() - 30 * DAY + i * step));
      const villager = await user(`bench:villager:${h._id}`, 'villager', {
        villageId: h.villageId,
        townId: h.townId,
        householdId: h._id,
      });
      const cadre = await user(`bench:cadre:${h.villageId}`, 'village_cadre', {
        villageId: h.villageId,
        townId: h.townId,
      });
      const town = await user(`bench:town:${h.townId}`, 'town_reviewer', {
        villageId: null,
        townId: h.townId,
      });
      // The phone's photo, recorded as `uploadPhoto` records it (checked, owned by the villager).
      const villagerId = await userIdOf(villager);
      const stored = await files.put({
        feature: 'claims',
        owner: villagerId,
        purpose: 'photo',
        bytes: photo,
        contentType: 'image/png',
      });
      await store.collection(claimUploadsCollection).insert({
        _id: stored.fileId,
        ownerId: villagerId,
        contentType: 'image/png',
        bytes: photo.length,
        createdAt: clock.now().toISOString(),
        contentCheck: 'passed',
        contentCheckTraceId: null,
      });
      const day = new Date(clock.now().getTime() + 8 * 3600_000 - DAY).toISOString().slice(0, 10);
      const filed = await call(villager, 'submit', {
        type: 'illness',
        incidentOn: day,
        amounts: { selfPaid: 8_000 + (i % 40) * 1000 },
        documents: PAPERS.map((item) => ({ item, fileIds: [stored.fileId] })),
        bankName: '农村信用社',
        bankAccount: `62170000${String(10_000_000_000 + i).slice(-11)}`,
        consent: { ...CLAIM_CONSENT, at: clock.now().toISOString() },
      });
      const checked = await call(cadre, 'review', {
        claimId: filed.claimId,
        expectedVersion: filed.version,
        decision: 'approve',
        checks: PAPERS.map((item) => ({ item, state: 'ok' })),
      });
      await call(town, 'review', {
        claimId: filed.claimId,
        expectedVersion: checked.version,
        decision: 'approve',
      });
      calls += 3;
    }
    const seedMs = Date.now() - t0;
    clock.set(now);

    const count = (where: string) =>
      (
        store.reader.prepare(`SELECT COUNT(*) AS n FROM c_claims WHERE ${where}`).get() as {
          n: number;
        }
      ).n;
    const total = count('1 = 1');
    const waiting = count(`json_extract(doc, '$.waitingFor') = 'insurer'`);

    const insurer = `Bearer ${
      (
        await openDevSession(
          store,
          clock,
          platform.tokenSecret,
          await ensureDevUser(store, clock, 'insurer'),
        )
      ).token
    }`;
    const entry = createFunctionEntry(claimsFunction, platform.deps);
    const queue = (payload: object) => async () => {
      const r = await entry({ action: 'queue', payload }, { authorization: insurer });
      if (!r.ok) throw new Error(`queue: ${JSON.stringify(r.error)}`);
    };
    const claims = store.collection(claimsCollection);
    const find = () =>
      claims.find({ waitingFor: 'insurer' }, { sort: [['dueOn', 'asc']], limit: 20 });
    const raw = summarize(await timeCalls(200, find, 20));
    const todo = summarize(await timeCalls(200, queue({ view: 'todo' }), 20));
    const overdue = summarize(await timeCalls(100, queue({ view: 'todo', overdueOnly: true }), 10));
    const all = summarize(await timeCalls(100, queue({ view: 'all' }), 10));
    const stats = summarize(
      await timeCalls(
        50,
        async () => {
          const r = await entry({ action: 'stats', payload: {} }, { authorization: insurer });
          if (!r.ok) throw new Error(`stats: ${JSON.stringify(r.error)}`);
        },
        5,
      ),
    );
    const firstPage = await entry(
      { action: 'queue', payload: { view: 'todo' } },
      { authorization: insurer },
    );
    const overdueShown =
      firstPage.ok &&
      (firstPage.data as { items: Array<{ deadline: { overdue: boolean } | null }> }).items.filter(
        (x) => x.deadline?.overdue,
      ).length;

    return {
      name: `claims 待办 of the insurer, city-wide: ${total.toLocaleString('en')} claims over ${totalHouseholds.toLocaleString('en')} households`,
      lines: [
        `seed: ${CLAIMS} submits + ${CLAIMS} village checks + ${CLAIMS} town approvals through the handlers in ${(seedMs / 1000).toFixed(1)} s (${(seedMs / calls).toFixed(2)} ms a call)`,
        `waiting for the insurer: ${waiting}; overdue on the first page: ${String(overdueShown)} of 20`,
        `indexed find (waitingFor, dueOn; 20)        p50 ${ms(raw.p50)}  p99 ${ms(raw.p99)}`,
        `claims.queue todo, insurer (20)            p50 ${ms(todo.p50)}  p99 ${ms(todo.p99)}  = ${ratio(todo.p50, raw.p50)} of one indexed find`,
        `claims.queue todo overdueOnly              p50 ${ms(overdue.p50)}  p99 ${ms(overdue.p99)}`,
        `claims.queue all (insurerVisible, newest)  p50 ${ms(all.p50)}  p99 ${ms(all.p99)}`,
        `claims.stats, insurer (city-wide)          p50 ${ms(stats.p50)}  p99 ${ms(stats.p99)}`,
      ],
      data: {
        claims: total,
        households: totalHouseholds,
        waitingForInsurer: waiting,
        seedMs,
        seededThrough: 'claims.submit + claims.review (village, town) handlers',
        indexedFindMs: raw,
        queueTodoMs: todo,
        queueOverdueMs: overdue,
        queueAllMs: all,
        statsMs: stats,
        queueOverIndexedFind: todo.p50 / raw.p50,
      },
    };

    async function userIdOf(openid: string): Promise<string> {
      const found = await store.collection(usersCollection).find({ openid }, { limit: 1 });
      const id = found.items[0]?._id;
      if (!id) throw new Error(`no user ${openid}`);
      return id;
    }
  });
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
