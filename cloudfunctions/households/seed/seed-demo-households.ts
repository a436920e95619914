import type { z } from 'zod';
import type {
  HouseholdCategory,
  MonitorType,
} from '../../../shared/src/households/household-category';
import { HOUSEHOLD_CONSENT_VERSION } from '../../../shared/src/households/household-schemas';
import type { ExpenseInput, MemberInput } from '../../../shared/src/households/household-schemas';
import { DEFAULT_WARNING_RULES } from '../../../shared/src/households/warning-rules';
import type { Store } from '../../platform/ports/store';
import type { DataKeys } from '../../platform/runtime/sealed-value';
import { buildMembers, derivedFields, headIdLast4HashOf } from '../build-household';
import { householdsCollection, memberRegistryCollection } from '../household-collections';
import { householdEventsCollection } from '../../platform/runtime/platform-collections';
import { HOUSEHOLD_EVENT_KINDS } from '../../../shared/src/households/household-event-kinds';
import type { HouseholdEventKind } from '../../../shared/src/households/household-event-kinds';
import { nextReviewDue } from '../review-due';
import { demoIdNumber } from '../../platform/seed/demo-id-numbers';

type Member = z.input<typeof MemberInput>;

interface DemoHousehold {
  id: string;
  villageId: string;
  townId: string;
  address: string;
  category: HouseholdCategory;
  monitorType: MonitorType | null;
  annualIncome: number;
  members: Member[];
  expenses?: Array<z.input<typeof ExpenseInput>>;
}

const m = (
  name: string,
  relation: Member['relation'],
  birth: string,
  seq: number,
  extra: Partial<Member> = {},
): Member => ({
  name,
  relation,
  idNumber: demoIdNumber(birth, seq),
  ...extra,
});

/**
 * DEMO DATA: a few households in 祁牟村 and 王坪村 (and one in 江牌村), invented people with fake
 * ID numbers. 马文礼's and 王桂兰's households are the `villager` and `villager_b` personas' homes.
 */
export const DEMO_HOUSEHOLDS: DemoHousehold[] = [
  {
    id: 'hh-demo-qimou-01',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    address: '折桥镇祁牟村一社12号',
    category: 'lifted',
    monitorType: null,
    annualIncome: 46_800,
    members: [
      m('马文礼', 'head', '1968-03-12', 11, { phone: '13893010011' }),
      m('韩秀英', 'spouse', '1970-07-02', 12, { health: 'chronic' }),
      m('马小军', 'child', '2009-09-01', 13, { schoolStage: 'senior' }),
      m('马小燕', 'child', '2014-05-20', 14, { schoolStage: 'primary' }),
    ],
  },
  {
    id: 'hh-demo-qimou-02',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    address: '折桥镇祁牟村二社5号',
    category: 'monitored',
    monitorType: 'sudden_hardship',
    annualIncome: 18_000,
    members: [
      m('马福海', 'head', '1975-01-15', 21),
      m('何玉兰', 'spouse', '1977-11-30', 22, { health: 'serious' }),
      m('马晓东', 'child', '2006-02-14', 23, { schoolStage: 'college' }),
    ],
    expenses: [{ kind: 'medical', amount: 62_000, date: '2026-10-08', note: '住院治疗' }],
  },
  {
    id: 'hh-demo-qimou-03',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    address: '折桥镇祁牟村三社21号',
    category: 'general',
    monitorType: null,
    annualIncome: 88_000,
    members: [
      m('祁建军', 'head', '1982-06-06', 31),
      m('马兰', 'spouse', '1984-04-04', 32),
      m('祁乐', 'child', '2016-08-08', 33, { schoolStage: 'primary' }),
    ],
  },
  {
    id: 'hh-demo-qimou-04',
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    address: '折桥镇祁牟村一社3号',
    category: 'monitored',
    monitorType: 'marginal',
    annualIncome: 13_200,
    members: [
      m('马桂花', 'head', '1952-12-01', 41, { health: 'chronic', disabledSince: '2026-09-20' }),
      m('马继成', 'grandchild', '2011-03-03', 42, { schoolStage: 'junior' }),
    ],
  },
  {
    id: 'hh-demo-wangping-01',
    villageId: 'village-baohan-wangping',
    townId: 'town-baohan',
    address: '枹罕镇王坪村四社8号',
    category: 'lifted',
    monitorType: null,
    annualIncome: 39_600,
    members: [
      m('王桂兰', 'head', '1963-02-18', 51, { phone: '13993020051' }),
      m('王永福', 'child', '1988-10-10', 52),
      m('王子涵', 'grandchild', '2019-01-01', 53, { schoolStage: 'preschool' }),
    ],
  },
  {
    id: 'hh-demo-wangping-02',
    villageId: 'village-baohan-wangping',
    townId: 'town-baohan',
    address: '枹罕镇王坪村一社17号',
    category: 'monitored',
    monitorType: 'unstable',
    annualIncome: 21_000,
    members: [
      m('张明德', 'head', '1971-05-05', 61),
      m('李芳', 'spouse', '1973-03-08', 62),
      m('张悦', 'child', '2010-12-12', 63, { schoolStage: 'junior' }),
    ],
  },
  {
    id: 'hh-demo-wangping-03',
    villageId: 'village-baohan-wangping',
    townId: 'town-baohan',
    address: '枹罕镇王坪村二社2号',
    category: 'general',
    monitorType: null,
    annualIncome: 72_000,
    members: [m('王建平', 'head', '1979-09-09', 71), m('杨梅', 'spouse', '1981-01-21', 72)],
  },
  {
    id: 'hh-demo-jiangpai-01',
    villageId: 'village-nanlong-jiangpai',
    townId: 'town-nanlong',
    address: '南龙镇江牌村五社11号',
    category: 'lifted',
    monitorType: null,
    annualIncome: 33_000,
    members: [
      m('江海', 'head', '1966-06-16', 81),
      m('刘玉', 'spouse', '1968-08-18', 82, { health: 'chronic' }),
    ],
    expenses: [{ kind: 'disaster', amount: 26_000, date: '2026-09-15', note: '暴雨冲毁圈舍' }],
  },
];

/** A short history per demo household so 我的家 and the 360° page show a real timeline. */
function demoTimeline(
  d: DemoHousehold,
): Array<{ kind: HouseholdEventKind; detail: string | null; daysAgo: number }> {
  const events: Array<{ kind: HouseholdEventKind; detail: string | null; daysAgo: number }> = [
    { kind: 'household.created', detail: '入户核实后建档（演示数据）', daysAgo: 400 },
    { kind: 'household.updated', detail: '年度收入核查', daysAgo: 120 },
  ];
  if (d.category === 'monitored') {
    events.push({
      kind: 'household.category_changed',
      detail: `已脱贫户 → 三类户：${d.expenses?.[0]?.note ?? '收入下降'}（演示数据）`,
      daysAgo: 40,
    });
  }
  return events;
}

export async function seedDemoHouseholds(store: Store, keys: DataKeys, now: Date): Promise<number> {
  const households = store.collection(householdsCollection);
  let added = 0;
  for (const d of DEMO_HOUSEHOLDS) {
    if (await households.get(d.id)) continue;
    const members = buildMembers(
      d.members.map((x) => ({ health: 'healthy', disabledSince: null, schoolStage: 'none', ...x })),
      keys,
    );
    const facts = {
      members,
      annualIncome: d.annualIncome,
      expenses: d.expenses ?? [],
      category: d.category,
    };
    await store.transaction(async (tx) => {
      await tx.insert(householdsCollection, {
        _id: d.id,
        villageId: d.villageId,
        townId: d.townId,
        address: d.address,
        monitorType: d.monitorType,
        ...facts,
        ...derivedFields(facts, DEFAULT_WARNING_RULES, now),
        headIdLast4Hash: headIdLast4HashOf(d.members, keys),
        reviewDueAt: nextReviewDue(d.category, new Date(now.getTime() - 100 * 86_400_000)),
        consentVersion: HOUSEHOLD_CONSENT_VERSION,
        demo: true,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        createdBy: null,
      });
      for (const mem of members)
        await tx.insert(memberRegistryCollection, {
          _id: mem.idNumber.hash,
          householdId: d.id,
          villageId: d.villageId,
          townId: d.townId,
        });
      for (const [i, e] of demoTimeline(d).entries()) {
        await tx.insert(householdEventsCollection, {
          _id: `${d.id}-ev${i}`,
          householdId: d.id,
          villageId: d.villageId,
          townId: d.townId,
          at: new Date(now.getTime() - e.daysAgo * 86_400_000).toISOString(),
          kind: e.kind,
          title: HOUSEHOLD_EVENT_KINDS[e.kind],
          detail: e.detail,
          actorId: null,
          actorRole: 'village_cadre',
          ref: null,
        });
      }
    });
    added++;
  }
  return added;
}
