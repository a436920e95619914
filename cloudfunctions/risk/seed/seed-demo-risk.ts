import { RISK_CONSENT } from '../../../shared/src/risk/risk-catalogue';
import type { DevPersona } from '../../platform/adapters/local/dev-personas';
import { ensureDevUser } from '../../platform/adapters/local/dev-personas';
import type { Clock } from '../../platform/ports/clock';
import { fixedClock } from '../../platform/ports/clock';
import type { Files } from '../../platform/ports/files';
import type { Store } from '../../platform/ports/store';
import type { UserDoc } from '../../platform/runtime/platform-collections';
import type { DataKeys } from '../../platform/runtime/sealed-value';
import { ensureSeedUser, seedFunctionEntry } from '../../platform/seed/seed-through-handlers';
import { riskReportsCollection } from '../risk-collections';
import { riskFunction } from '../risk-function';

const DAY = 24 * 3600 * 1000;

/** A town reviewer for 枹罕镇 (王坪村's town): no dev-login persona reviews there. DEMO person. */
const BAOHAN_REVIEWER_OPENID = 'seed:town_reviewer_baohan';

type Actor = DevPersona | 'baohan_reviewer';

/** One call of one report's journey, `daysAgo` days before the seeding moment (10:00 China time). */
interface Step {
  daysAgo: number;
  actor: Actor;
  action:
    | 'submit'
    | 'review'
    | 'resubmit'
    | 'appeal'
    | 'setPlan'
    | 'updateMeasure'
    | 'proposeElimination';
  /** The payload without `reportId` / `expectedVersion` (filled in from the stored report). */
  payload: Record<string, unknown> | ((r: { measureIds: string[] }) => Record<string, unknown>);
}

interface Journey {
  key: string;
  /** The status the report must end in (checked after seeding). */
  expect: string;
  steps: Step[];
}

const consent = { version: RISK_CONSENT.version, agreed: true };
const visit = (
  visitedOn: string,
  incomePerHead: number,
  confirmedRisks: string[],
  note: string,
  householdId?: string,
) => ({ visitedOn, incomePerHead, confirmedRisks, note, ...(householdId ? { householdId } : {}) });

/** A China local date `daysAgo` days before `now`. */
const dayOf = (now: Date, daysAgo: number) =>
  new Date(now.getTime() + 8 * 3600_000 - daysAgo * DAY).toISOString().slice(0, 10);

/**
 * DEMO DATA: 返贫风险 reports at every stage in 祁牟村 and 王坪村 (invented people and facts), one of
 * them overdue. Made THROUGH THE REAL HANDLERS (run-action with a clock set in the past and moved
 * between steps, the personas as callers), so they stay valid when the handlers change.
 *
 * Households used: hh-demo-qimou-02, -03, -04, hh-demo-wangping-01 (王桂兰 files for her own
 * household; it stays at the town's check, its category unchanged), -02, -03, and three reports
 * filed for people without a linked household (代为申报). 马文礼's household (hh-demo-qimou-01) is
 * left alone: the e2e journey files a new 因病 report for it.
 */
function journeys(now: Date): Journey[] {
  const d = (n: number) => dayOf(now, n);
  const plan = (planText: string, measures: Record<string, unknown>[]) => ({
    planText,
    insurance: { enrolled: true, policyNumber: 'FPB-DEMO-2026' },
    measures,
  });
  return [
    {
      // 祁牟村: a whole cycle, 风险已消除 a month ago.
      key: 'qimou-resolved',
      expect: 'resolved',
      steps: [
        {
          daysAgo: 250,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-qimou-03',
            risks: ['illness'],
            occurredOn: d(256),
            description: '（演示）户主突发脑梗住院，花了不少钱',
            estimatedCost: 48000,
            consent,
          },
        },
        {
          daysAgo: 248,
          actor: 'village_cadre',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(248), 6200, ['illness'], '（演示）已入户核实，住院发票齐全'),
          },
        },
        {
          daysAgo: 240,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 236,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
        {
          daysAgo: 233,
          actor: 'village_cadre',
          action: 'setPlan',
          payload: plan(
            '（演示）一户一策：落实大病报销和医疗救助，家庭医生上门随访，安排一个公益岗位。',
            [
              {
                sector: 'medical_insurance',
                title: '医疗救助',
                responsible: '马医保',
                dueOn: d(220),
              },
              { sector: 'health', title: '家庭医生签约', responsible: '韩医生', dueOn: d(225) },
              { sector: 'employment', title: '公益性岗位', responsible: '何建国', dueOn: d(200) },
            ],
          ),
        },
        {
          daysAgo: 222,
          actor: 'village_cadre',
          action: 'updateMeasure',
          payload: (r) => ({
            measureId: r.measureIds[0],
            status: 'done',
            note: '（演示）救助款已到账',
          }),
        },
        {
          daysAgo: 40,
          actor: 'village_cadre',
          action: 'proposeElimination',
          payload: {
            visitedOn: d(40),
            incomePerHead: 11000,
            method: 'assisted',
            note: '（演示）户主康复后在公益岗位上班，收入稳定',
          },
        },
        {
          daysAgo: 32,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意消除' },
        },
        {
          daysAgo: 28,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意消除' },
        },
      ],
    },
    {
      // 祁牟村, the same family again: 冰雹 destroyed the crop; approved 3 days ago, plan due.
      key: 'qimou-city-approved',
      expect: 'city_approved',
      steps: [
        {
          daysAgo: 20,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-qimou-03',
            risks: ['disaster'],
            disasterSubtype: 'weather',
            occurredOn: d(22),
            description: '（演示）冰雹把十亩玉米全打了',
            estimatedCost: 26000,
            consent,
          },
        },
        {
          daysAgo: 18,
          actor: 'village_cadre',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(18), 7600, ['disaster'], '（演示）地里玉米绝收，已拍照'),
          },
        },
        {
          daysAgo: 10,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 3,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
      ],
    },
    {
      // 祁牟村: filed for an old neighbour two weeks ago, nobody visited yet — OVERDUE (5 working days).
      key: 'qimou-overdue',
      expect: 'submitted',
      steps: [
        {
          daysAgo: 14,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            proxy: {
              relation: 'village_cadre',
              name: '韩占林',
              villageId: 'village-zheqiao-qimou',
              reason: '一个人住，腿脚不便',
            },
            risks: ['illness'],
            occurredOn: d(20),
            description: '（演示）老人胃病犯了，看病的钱借遍了亲戚',
            estimatedCost: 9000,
            consent,
          },
        },
      ],
    },
    {
      // 祁牟村: a family already monitored before the app; 119 plan in force.
      key: 'qimou-assisting',
      expect: 'assisting',
      steps: [
        {
          daysAgo: 60,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-qimou-04',
            risks: ['disability', 'lack_of_labour'],
            occurredOn: d(70),
            description: '（演示）老人残疾后干不了活，孙子还在上学',
            estimatedCost: 8000,
            consent,
          },
        },
        {
          daysAgo: 58,
          actor: 'village_cadre',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(
              d(58),
              5200,
              ['disability', 'lack_of_labour'],
              '（演示）家里只有老人和上初中的孙子',
            ),
          },
        },
        {
          daysAgo: 50,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 46,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
        {
          daysAgo: 44,
          actor: 'village_cadre',
          action: 'setPlan',
          payload: plan('（演示）一户一策：纳入特困供养，办理残疾人两项补贴，孙子享受教育资助。', [
            { sector: 'civil_affairs', title: '特困供养', responsible: '民政所', dueOn: d(30) },
            { sector: 'disability', title: '两项补贴', responsible: '残联干事', dueOn: d(25) },
            { sector: 'education', title: '教育资助', responsible: '中学老师', dueOn: d(-20) },
          ]),
        },
      ],
    },
    {
      // 祁牟村: monitored since spring, the village proposed 风险消除, the town agreed; the city decides.
      key: 'qimou-elimination-town-reviewed',
      expect: 'elimination_town_reviewed',
      steps: [
        {
          daysAgo: 240,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-qimou-02',
            risks: ['illness', 'education'],
            occurredOn: d(245),
            description: '（演示）女主人住院，儿子上大学学费也要交',
            estimatedCost: 62000,
            consent,
          },
        },
        {
          daysAgo: 238,
          actor: 'village_cadre',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(238), 6000, ['illness', 'education'], '（演示）住院费用清单已看'),
          },
        },
        {
          daysAgo: 230,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 226,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
        {
          daysAgo: 224,
          actor: 'village_cadre',
          action: 'setPlan',
          payload: plan('（演示）一户一策：大病保险倾斜和医疗救助，儿子申请助学贷款和雨露计划。', [
            {
              sector: 'medical_insurance',
              title: '大病保险倾斜',
              responsible: '马医保',
              dueOn: d(200),
            },
            { sector: 'education', title: '雨露计划', responsible: '何建国', dueOn: d(180) },
          ]),
        },
        {
          daysAgo: 150,
          actor: 'village_cadre',
          action: 'updateMeasure',
          payload: (r) => ({
            measureId: r.measureIds[0],
            status: 'done',
            note: '（演示）报销到位',
          }),
        },
        {
          daysAgo: 14,
          actor: 'village_cadre',
          action: 'proposeElimination',
          payload: {
            visitedOn: d(14),
            incomePerHead: 9000,
            method: 'assisted',
            note: '（演示）病情稳定，男主人在外打工收入稳定',
          },
        },
        {
          daysAgo: 5,
          actor: 'town_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意消除，报市里' },
        },
      ],
    },
    {
      // 祁牟村: filed for a neighbour (代为申报); the village asked for the hospital bill.
      key: 'qimou-returned',
      expect: 'returned',
      steps: [
        {
          daysAgo: 5,
          actor: 'village_cadre',
          action: 'submit',
          payload: {
            proxy: {
              relation: 'village_cadre',
              name: '马秀兰',
              villageId: 'village-zheqiao-qimou',
              reason: '年老不识字',
            },
            risks: ['illness'],
            occurredOn: d(9),
            description: '（演示）老人摔伤住院，子女在外打工',
            estimatedCost: 12000,
            consent,
          },
        },
        {
          daysAgo: 3,
          actor: 'village_cadre',
          action: 'review',
          payload: { decision: 'return', note: '请补上医院的住院发票照片' },
        },
      ],
    },
    {
      // 王坪村: a cycle that ended 风险已消除 half a year ago, then a new report now proposed for 消除.
      key: 'wangping-resolved',
      expect: 'resolved',
      steps: [
        {
          daysAgo: 420,
          actor: 'village_cadre_b',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-wangping-03',
            risks: ['business_failure'],
            occurredOn: d(430),
            description: '（演示）养的三十只羊得病死了，贷款还不上',
            estimatedCost: 60000,
            consent,
          },
        },
        {
          daysAgo: 418,
          actor: 'village_cadre_b',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(418), 5600, ['business_failure'], '（演示）羊圈已空，贷款合同已看'),
          },
        },
        {
          daysAgo: 410,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 406,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
        {
          daysAgo: 404,
          actor: 'village_cadre_b',
          action: 'setPlan',
          payload: plan('（演示）一户一策：产业奖补重新补栏，小额信贷展期，男主人参加技能培训。', [
            { sector: 'agriculture', title: '产业奖补', responsible: '张志强', dueOn: d(380) },
            { sector: 'employment', title: '技能培训', responsible: '杨培训', dueOn: d(370) },
          ]),
        },
        {
          daysAgo: 379,
          actor: 'village_cadre_b',
          action: 'updateMeasure',
          payload: (r) => ({
            measureId: r.measureIds[0],
            status: 'done',
            note: '（演示）补栏二十只',
          }),
        },
        {
          daysAgo: 220,
          actor: 'village_cadre_b',
          action: 'proposeElimination',
          payload: {
            visitedOn: d(220),
            incomePerHead: 12500,
            method: 'assisted',
            note: '（演示）羊群恢复，收入稳定',
          },
        },
        {
          daysAgo: 212,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意消除' },
        },
        {
          daysAgo: 208,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意消除' },
        },
      ],
    },
    {
      key: 'wangping-elimination-proposed',
      expect: 'elimination_proposed',
      steps: [
        {
          daysAgo: 205,
          actor: 'village_cadre_b',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-wangping-03',
            risks: ['housing'],
            occurredOn: d(210),
            description: '（演示）连下大雨，老房子墙裂了成了危房',
            estimatedCost: 40000,
            consent,
          },
        },
        {
          daysAgo: 203,
          actor: 'village_cadre_b',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(203), 7100, ['housing'], '（演示）住建部门鉴定为C级危房'),
          },
        },
        {
          daysAgo: 195,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意' },
        },
        {
          daysAgo: 192,
          actor: 'city_approver',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）纳入监测' },
        },
        {
          daysAgo: 190,
          actor: 'village_cadre_b',
          action: 'setPlan',
          payload: plan('（演示）一户一策：危房改造，改造期间临时救助。', [
            { sector: 'housing', title: '危房改造', responsible: '张志强', dueOn: d(120) },
            { sector: 'civil_affairs', title: '临时救助', responsible: '民政所', dueOn: d(170) },
            { sector: 'employment', title: '就业岗位推荐', responsible: '杨培训', dueOn: d(150) },
          ]),
        },
        {
          daysAgo: 118,
          actor: 'village_cadre_b',
          action: 'updateMeasure',
          payload: (r) => ({
            measureId: r.measureIds[0],
            status: 'done',
            note: '（演示）新房已住进去',
          }),
        },
        {
          daysAgo: 2,
          actor: 'village_cadre_b',
          action: 'proposeElimination',
          payload: {
            visitedOn: d(2),
            incomePerHead: 10800,
            method: 'assisted',
            note: '（演示）住上新房，夫妻俩都在打工',
          },
        },
      ],
    },
    {
      // 王坪村: 王桂兰 filed for her own household; the village visited, the 公示 is over, the town reviews.
      key: 'wangping-village-verified',
      expect: 'village_verified',
      steps: [
        {
          daysAgo: 12,
          actor: 'villager_b',
          action: 'submit',
          payload: {
            risks: ['illness'],
            occurredOn: d(15),
            description: '（演示）儿子干活摔断了腿，住院两周',
            estimatedCost: 21000,
            consent,
          },
        },
        {
          daysAgo: 9,
          actor: 'village_cadre_b',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(9), 7300, ['illness'], '（演示）已入户，出院小结已看'),
          },
        },
      ],
    },
    {
      // 王坪村: the town approved, the city has to decide.
      key: 'wangping-town-reviewed',
      expect: 'town_reviewed',
      steps: [
        {
          daysAgo: 16,
          actor: 'village_cadre_b',
          action: 'submit',
          payload: {
            householdId: 'hh-demo-wangping-02',
            risks: ['unemployment'],
            occurredOn: d(40),
            description: '（演示）工地停工，两口子都没活干了',
            estimatedCost: 15000,
            consent,
          },
        },
        {
          daysAgo: 14,
          actor: 'village_cadre_b',
          action: 'review',
          payload: {
            decision: 'approve',
            visit: visit(d(14), 6900, ['unemployment'], '（演示）工地停工证明已看'),
          },
        },
        {
          daysAgo: 6,
          actor: 'baohan_reviewer',
          action: 'review',
          payload: { decision: 'approve', note: '（演示）同意，报市里审定' },
        },
      ],
    },
    {
      // 王坪村: filed by 王桂兰 for her neighbour; the village did not agree (the family may appeal).
      key: 'wangping-rejected',
      expect: 'rejected',
      steps: [
        {
          daysAgo: 10,
          actor: 'villager_b',
          action: 'submit',
          payload: {
            proxy: {
              relation: 'neighbour',
              name: '王德明',
              villageId: 'village-baohan-wangping',
              reason: '年纪大了不会用手机',
            },
            risks: ['other'],
            occurredOn: d(15),
            description: '（演示）老人说日子过不下去了',
            estimatedCost: 3000,
            consent,
          },
        },
        {
          daysAgo: 7,
          actor: 'village_cadre_b',
          action: 'review',
          payload: { decision: 'reject', note: '经核实，儿子在城里有稳定工作，每月给老人寄钱' },
        },
      ],
    },
  ];
}

async function ensureBaohanReviewer(store: Store, at: string) {
  const doc: UserDoc = {
    openid: BAOHAN_REVIEWER_OPENID,
    role: 'town_reviewer',
    name: '马玉梅',
    orgUnitId: 'town-baohan',
    villageId: null,
    townId: 'town-baohan',
    householdId: null,
    phone: null,
    idNumber: null,
    consents: [],
    demo: true,
    createdAt: at,
    updatedAt: at,
  };
  await ensureSeedUser(store, doc);
}

/** Seeds the demo reports once (a second run finds them and does nothing). Returns how many. */
export async function seedDemoRisk(
  store: Store,
  keys: DataKeys,
  clock: Clock,
  files: Files,
): Promise<number> {
  const reports = store.collection(riskReportsCollection);
  if ((await reports.find({ demo: true }, { limit: 1 })).items.length) return 0;

  const now = clock.now();
  const tenOClock = (daysAgo: number) => new Date(`${dayOf(now, daysAgo)}T02:00:00Z`);
  const seedClock = fixedClock(tenOClock(450));
  const openids = new Map<Actor, string>();
  for (const p of [
    'village_cadre',
    'village_cadre_b',
    'town_reviewer',
    'city_approver',
    'villager_b',
  ] as const)
    openids.set(p, await ensureDevUser(store, seedClock, p, undefined, keys));
  await ensureBaohanReviewer(store, seedClock.now().toISOString());
  openids.set('baohan_reviewer', BAOHAN_REVIEWER_OPENID);

  const entry = seedFunctionEntry(riskFunction, { store, files, keys, clock: seedClock });

  // Every step of every journey, in the order they happened.
  const all = journeys(now);
  const steps = all
    .flatMap((j) => j.steps.map((s, i) => ({ j, s, i })))
    .sort((a, b) => b.s.daysAgo - a.s.daysAgo || a.i - b.i);
  const ids = new Map<string, string>();
  for (const { j, s, i } of steps) {
    seedClock.set(new Date(tenOClock(s.daysAgo).getTime() + i * 60_000));
    const id = ids.get(j.key);
    const stored = id ? await reports.get(id) : null;
    const measureIds = stored?.plan?.measures.map((m) => m.measureId) ?? [];
    const body = typeof s.payload === 'function' ? s.payload({ measureIds }) : s.payload;
    const payload =
      s.action === 'submit' ? body : { reportId: id, expectedVersion: stored?._version, ...body };
    const r = await entry(
      { action: s.action, payload, idempotencyKey: `seed-demo-risk-${j.key}-${i}` },
      { seedOpenid: openids.get(s.actor) },
    );
    if (!r.ok)
      throw new Error(
        `demo risk seed: ${j.key} step ${i} (${s.action}): ${JSON.stringify(r.error)}`,
      );
    if (s.action === 'submit') {
      const reportId = String((r.data as { reportId: string }).reportId);
      ids.set(j.key, reportId);
      // Marked 演示 at once, so a second start finds them even if this run stops half way.
      await reports.update(reportId, { set: { demo: true } });
    }
  }
  for (const j of all) {
    const doc = await reports.get(ids.get(j.key) ?? '');
    if (doc?.status !== j.expect)
      throw new Error(
        `demo risk seed: ${j.key} ended ${doc?.status ?? 'missing'}, not ${j.expect}`,
      );
  }
  return all.length;
}

export const DEMO_RISK_HOUSEHOLDS = [
  'hh-demo-qimou-02',
  'hh-demo-qimou-03',
  'hh-demo-qimou-04',
  'hh-demo-wangping-01',
  'hh-demo-wangping-02',
  'hh-demo-wangping-03',
] as const;
