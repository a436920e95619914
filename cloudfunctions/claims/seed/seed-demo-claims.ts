import { checklistFor } from '../../../shared/src/claims/claim-documents';
import type { AccidentOutcome } from '../../../shared/src/claims/claim-documents';
import { CLAIM_CONSENT } from '../../../shared/src/claims/claim-schemas';
import type { ClaimType } from '../../../shared/src/claims/claim-schemes';
import type { ClaimStatus } from '../../../shared/src/claims/claim-statuses';
import type { Role } from '../../../shared/src/auth/roles';
import { demoImagePng } from '../../exhibits/seed/demo-image';
import type { DevPersona } from '../../platform/adapters/local/dev-personas';
import { ensureDevUser } from '../../platform/adapters/local/dev-personas';
import type { Clock } from '../../platform/ports/clock';
import { fixedClock } from '../../platform/ports/clock';
import type { Files } from '../../platform/ports/files';
import type { Doc, Store } from '../../platform/ports/store';
import { usersCollection } from '../../platform/runtime/platform-collections';
import type { DataKeys } from '../../platform/runtime/sealed-value';
import { ensureSeedUser, seedFunctionEntry } from '../../platform/seed/seed-through-handlers';
import type { ClaimDoc } from '../claim-collections';
import { claimsCollection, claimUploadsCollection } from '../claim-collections';
import { claimsFunction } from '../claims-function';

const DAY = 24 * 3600 * 1000;

/**
 * DEMO PEOPLE: the heads of the demo households who file claims (no dev-login persona lives
 * there), and 枹罕镇's town reviewer (the same seed person the risk demo uses).
 */
const SEED_PEOPLE = {
  fuhai: {
    role: 'villager',
    name: '马福海',
    householdId: 'hh-demo-qimou-02',
    unit: 'village-zheqiao-qimou',
  },
  jianjun: {
    role: 'villager',
    name: '祁建军',
    householdId: 'hh-demo-qimou-03',
    unit: 'village-zheqiao-qimou',
  },
  guihua: {
    role: 'villager',
    name: '马桂花',
    householdId: 'hh-demo-qimou-04',
    unit: 'village-zheqiao-qimou',
  },
  mingde: {
    role: 'villager',
    name: '张明德',
    householdId: 'hh-demo-wangping-02',
    unit: 'village-baohan-wangping',
  },
  jianping: {
    role: 'villager',
    name: '王建平',
    householdId: 'hh-demo-wangping-03',
    unit: 'village-baohan-wangping',
  },
  baohan_reviewer: {
    role: 'town_reviewer',
    name: '马玉梅',
    householdId: null,
    unit: 'town-baohan',
  },
} as const satisfies Record<
  string,
  { role: Role; name: string; householdId: string | null; unit: string }
>;
type SeedPerson = keyof typeof SEED_PEOPLE;
type Actor = DevPersona | SeedPerson;

const seedOpenid = (p: SeedPerson) =>
  p === 'baohan_reviewer' ? 'seed:town_reviewer_baohan' : `seed:claims:${p}`;

/** One call of a claim's journey, `daysAgo` days before the seeding moment (10:00 China time). */
interface Step {
  daysAgo: number;
  actor: Actor;
  action: 'submit' | 'review' | 'resubmit' | 'appeal' | 'markPaid';
  /** The payload without `claimId` / `expectedVersion`; a function sees the stored claim. */
  payload: Record<string, unknown> | ((c: Doc<ClaimDoc>) => Record<string, unknown>);
}

interface Journey {
  key: string;
  expect: ClaimStatus;
  steps: Step[];
}

/** A China local date `daysAgo` days before `now`. */
const dayOf = (now: Date, daysAgo: number) =>
  new Date(now.getTime() + 8 * 3600_000 - daysAgo * DAY).toISOString().slice(0, 10);

/** Every attached paper checked ok (the village's approval). */
const allOk = (c: Doc<ClaimDoc>) => ({
  checks: c.documents.map((d) => ({ item: d.item, state: 'ok' })),
});

/**
 * DEMO DATA: one 防贫保险 claim at each status in 祁牟村 and 王坪村 (invented people and facts),
 * made THROUGH THE REAL HANDLERS with a clock set in the past. 马文礼's household
 * (hh-demo-qimou-01) is left alone: the e2e journey files its own illness claim.
 */
function journeys(now: Date): Journey[] {
  const d = (n: number) => dayOf(now, n);
  const survey = (n: number, assessedAmount: number, note: string) => ({
    decision: 'approve',
    survey: { surveyedOn: d(n), assessedAmount, note },
  });
  return [
    {
      // 祁牟村: filed yesterday, waiting for the village to check the papers.
      key: 'qimou-reported',
      expect: 'reported',
      steps: [
        {
          daysAgo: 1,
          actor: 'fuhai',
          action: 'submit',
          payload: {
            type: 'illness',
            incidentOn: d(20),
            amounts: { selfPaid: 26_000 },
            proxy: { relation: 'spouse', name: '何玉兰' },
          },
        },
      ],
    },
    {
      // 祁牟村: the village asked for the grants paper.
      key: 'qimou-returned',
      expect: 'returned',
      steps: [
        {
          daysAgo: 6,
          actor: 'jianjun',
          action: 'submit',
          payload: {
            type: 'education',
            incidentOn: d(90),
            amounts: { tuition: 6_500, lodging: 1_200, books: 800, grants: 0 },
            skip: ['grants_received'],
          },
        },
        {
          daysAgo: 4,
          actor: 'village_cadre',
          action: 'review',
          payload: (c) => ({
            decision: 'return',
            checks: [
              ...allOk(c).checks,
              { item: 'grants_received', state: 'missing', note: '没有领过也要村里开个说明' },
            ],
          }),
        },
      ],
    },
    {
      // 祁牟村: a hailstorm, reported late; the village checked the papers, the town reviews.
      key: 'qimou-materials-checked',
      expect: 'materials_checked',
      steps: [
        {
          daysAgo: 8,
          actor: 'guihua',
          action: 'submit',
          payload: { type: 'disaster', incidentOn: d(12), amounts: { loss: 24_000 } },
        },
        {
          daysAgo: 5,
          actor: 'village_cadre',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
      ],
    },
    {
      // 王坪村: the town forwarded it, the insurer's survey is due.
      key: 'wangping-town-reviewed',
      expect: 'town_reviewed',
      steps: [
        {
          daysAgo: 9,
          actor: 'mingde',
          action: 'submit',
          payload: { type: 'illness', incidentOn: d(30), amounts: { selfPaid: 18_000 } },
        },
        {
          daysAgo: 7,
          actor: 'village_cadre_b',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
        {
          daysAgo: 2,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意，转保险公司查勘' },
        },
      ],
    },
    {
      // 王坪村: an accident, surveyed; the city fixes the amount.
      key: 'wangping-surveyed',
      expect: 'surveyed',
      steps: [
        {
          daysAgo: 15,
          actor: 'jianping',
          action: 'submit',
          payload: {
            type: 'accident',
            accidentOutcome: 'disability',
            incidentOn: d(40),
            amounts: { loss: 35_000 },
          },
        },
        {
          daysAgo: 13,
          actor: 'village_cadre_b',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
        {
          daysAgo: 9,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 6,
          actor: 'insurer',
          action: 'review',
          payload: survey(7, 12_000, '（演示）入户查勘，右腿伤残鉴定属实'),
        },
      ],
    },
    {
      // 王坪村: 王桂兰 filed for her son; approved two days ago, the 公示 is running.
      key: 'wangping-approved',
      expect: 'approved',
      steps: [
        {
          daysAgo: 20,
          actor: 'villager_b',
          action: 'submit',
          payload: {
            type: 'illness',
            incidentOn: d(30),
            amounts: { selfPaid: 21_000 },
            proxy: { relation: 'parent', name: '王永福' },
          },
        },
        {
          daysAgo: 18,
          actor: 'village_cadre_b',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
        {
          daysAgo: 12,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 9,
          actor: 'insurer',
          action: 'review',
          payload: survey(10, 7_200, '（演示）住院两周，票据齐全'),
        },
        {
          daysAgo: 2,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', approvedAmount: 7_200, note: '（演示）同意赔付' },
        },
      ],
    },
    {
      // 祁牟村: a whole claim, paid ten days ago.
      key: 'qimou-paid',
      expect: 'paid',
      steps: [
        {
          daysAgo: 45,
          actor: 'jianjun',
          action: 'submit',
          payload: { type: 'illness', incidentOn: d(60), amounts: { selfPaid: 40_000 } },
        },
        {
          daysAgo: 43,
          actor: 'village_cadre',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
        {
          daysAgo: 38,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 35,
          actor: 'insurer',
          action: 'review',
          payload: survey(36, 20_500, '（演示）入户查勘，情况属实'),
        },
        {
          daysAgo: 30,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', approvedAmount: 20_500 },
        },
        {
          daysAgo: 20,
          actor: 'insurer',
          action: 'markPaid',
          payload: { paidOn: d(20), paymentReference: 'DEMO-PAY-0001' },
        },
      ],
    },
    {
      // 祁牟村: the town did not agree; the family may still appeal.
      key: 'qimou-rejected',
      expect: 'rejected',
      steps: [
        {
          daysAgo: 10,
          actor: 'guihua',
          action: 'submit',
          payload: {
            type: 'education',
            incidentOn: d(80),
            amounts: { tuition: 0, lodging: 2_400, books: 600, grants: 0 },
            proxy: { relation: 'other_relative', name: '马继成' },
          },
        },
        {
          daysAgo: 8,
          actor: 'village_cadre',
          action: 'review',
          payload: (c) => ({ decision: 'approve', ...allOk(c) }),
        },
        {
          daysAgo: 3,
          actor: 'town_reviewer',
          action: 'review',
          payload: {
            decision: 'reject',
            note: '（演示）孙子上初中，义务教育不收学费，住宿费有寄宿生补助',
          },
        },
      ],
    },
  ];
}

async function ensureSeedPerson(store: Store, p: SeedPerson, at: string): Promise<void> {
  const person = SEED_PEOPLE[p];
  const village = person.unit.startsWith('village-');
  await ensureSeedUser(store, {
    openid: seedOpenid(p),
    role: person.role,
    name: person.name,
    orgUnitId: person.unit,
    villageId: village ? person.unit : null,
    townId: village
      ? person.unit.includes('baohan')
        ? 'town-baohan'
        : 'town-zheqiao'
      : person.unit,
    householdId: person.householdId,
    phone: null,
    idNumber: null,
    consents: [],
    demo: true,
    createdAt: at,
    updatedAt: at,
  });
}

/** One demo photo per paper, owned by the filer (as `uploadPhoto` would record it). */
async function demoPapers(
  store: Store,
  files: Files,
  ownerId: string,
  items: readonly string[],
  at: string,
  seed: number,
) {
  const out: Array<{ item: string; fileIds: string[] }> = [];
  for (const [i, item] of items.entries()) {
    const bytes = demoImagePng(seed * 20 + i, 48, 32);
    const stored = await files.put({
      feature: 'claims',
      owner: ownerId,
      purpose: 'photo',
      bytes,
      contentType: 'image/png',
    });
    await store.collection(claimUploadsCollection).insert({
      _id: stored.fileId,
      ownerId,
      contentType: 'image/png',
      bytes: bytes.length,
      createdAt: at,
      contentCheck: 'passed',
      contentCheckTraceId: null,
    });
    out.push({ item, fileIds: [stored.fileId] });
  }
  return out;
}

/** Seeds the demo claims once (a second run finds them and does nothing). Returns how many. */
export async function seedDemoClaims(
  store: Store,
  keys: DataKeys,
  clock: Clock,
  files: Files,
): Promise<number> {
  const claims = store.collection(claimsCollection);
  if ((await claims.find({ demo: true }, { limit: 1 })).items.length) return 0;

  const now = clock.now();
  const tenOClock = (daysAgo: number) => new Date(`${dayOf(now, daysAgo)}T02:00:00Z`);
  const seedClock = fixedClock(tenOClock(60));
  const at = seedClock.now().toISOString();
  const openids = new Map<Actor, string>();
  for (const p of [
    'village_cadre',
    'village_cadre_b',
    'town_reviewer',
    'city_approver',
    'insurer',
    'villager_b',
  ] as const)
    openids.set(p, await ensureDevUser(store, seedClock, p, undefined, keys));
  for (const p of Object.keys(SEED_PEOPLE) as SeedPerson[]) {
    await ensureSeedPerson(store, p, at);
    openids.set(p, seedOpenid(p));
  }
  const userIdOf = async (actor: Actor) => {
    const u = (
      await store.collection(usersCollection).find({ openid: openids.get(actor) }, { limit: 1 })
    ).items[0];
    if (!u) throw new Error(`demo claims seed: no user for ${actor}`);
    return u._id;
  };

  const entry = seedFunctionEntry(claimsFunction, { store, files, keys, clock: seedClock });

  const all = journeys(now);
  const steps = all
    .flatMap((j, n) => j.steps.map((s, i) => ({ j, n, s, i })))
    .sort((a, b) => b.s.daysAgo - a.s.daysAgo || a.i - b.i);
  const ids = new Map<string, string>();
  for (const { j, n, s, i } of steps) {
    seedClock.set(new Date(tenOClock(s.daysAgo).getTime() + i * 60_000));
    const id = ids.get(j.key);
    const stored = id ? await claims.get(id) : null;
    let payload: Record<string, unknown>;
    if (s.action === 'submit') {
      const { skip, ...body } = s.payload as Record<string, unknown> & { skip?: string[] };
      const type = body.type as ClaimType;
      const items = checklistFor(type, {
        proxy: body.proxy !== undefined,
        accidentOutcome: body.accidentOutcome as AccidentOutcome | undefined,
      })
        .filter((r) => !r.optional)
        .flatMap((r) => r.of.slice(0, r.n))
        .filter((item) => !skip?.includes(item));
      const documents = await demoPapers(
        store,
        files,
        await userIdOf(s.actor),
        items,
        seedClock.now().toISOString(),
        n,
      );
      payload = {
        ...body,
        documents,
        bankName: '甘肃农村信用社',
        bankAccount: `62292100${String(n).padStart(2, '0')}00${String(1000 + n * 37)}`,
        consent: { ...CLAIM_CONSENT, at: seedClock.now().toISOString() },
      };
    } else {
      if (!stored) throw new Error(`demo claims seed: ${j.key} step ${i} before its submit`);
      const body = typeof s.payload === 'function' ? s.payload(stored) : s.payload;
      payload = { claimId: stored._id, expectedVersion: stored._version, ...body };
    }
    const r = await entry(
      { action: s.action, payload, idempotencyKey: `seed-demo-claims-${j.key}-${i}` },
      { seedOpenid: openids.get(s.actor) },
    );
    if (!r.ok)
      throw new Error(
        `demo claims seed: ${j.key} step ${i} (${s.action}): ${JSON.stringify(r.error)}`,
      );
    if (s.action === 'submit') {
      const claimId = String((r.data as { claimId: string }).claimId);
      ids.set(j.key, claimId);
      // Marked 演示 at once, so a second start finds them even if this run stops half way.
      await claims.update(claimId, { set: { demo: true } });
    }
  }
  for (const j of all) {
    const doc = await claims.get(ids.get(j.key) ?? '');
    if (doc?.status !== j.expect)
      throw new Error(
        `demo claims seed: ${j.key} ended ${doc?.status ?? 'missing'}, not ${j.expect}`,
      );
  }
  return all.length;
}

export const DEMO_CLAIM_HOUSEHOLDS = [
  'hh-demo-qimou-02',
  'hh-demo-qimou-03',
  'hh-demo-qimou-04',
  'hh-demo-wangping-01',
  'hh-demo-wangping-02',
  'hh-demo-wangping-03',
] as const;
