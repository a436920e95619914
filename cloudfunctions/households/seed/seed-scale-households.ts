import type { z } from 'zod';
import { LINXIA_DEMO_ORG_UNITS } from '../../../shared/src/org/linxia-demo-org-units';
import type {
  HouseholdCategory,
  MonitorType,
} from '../../../shared/src/households/household-category';
import { HOUSEHOLD_CONSENT_VERSION } from '../../../shared/src/households/household-schemas';
import type { MemberInput } from '../../../shared/src/households/household-schemas';
import { DEFAULT_WARNING_RULES } from '../../../shared/src/households/warning-rules';
import type { Store } from '../../platform/ports/store';
import type { DataKeys } from '../../platform/runtime/sealed-value';
import { buildMembers, derivedFields, headIdLast4HashOf } from '../build-household';
import { householdsCollection, memberRegistryCollection } from '../household-collections';
import { nextReviewDue } from '../review-due';
import { demoIdNumber, seededRandom } from '../../platform/seed/demo-id-numbers';

/** The source programme's figures: 5,901 已脱贫户 + 13,757 一般户; the rest up to 20,000 are 三类户. */
export const SCALE_COUNTS = { lifted: 5_901, general: 13_757, monitored: 342 } as const;
export const SCALE_TOTAL = SCALE_COUNTS.lifted + SCALE_COUNTS.general + SCALE_COUNTS.monitored;

const SURNAMES = ['马', '王', '张', '李', '何', '韩', '祁', '杨', '刘', '赵'];
const MONITOR_TYPES: MonitorType[] = ['unstable', 'marginal', 'sudden_hardship'];
const BATCH = 500;

/**
 * A deterministic synthetic set for scale tests and benchmarks: about 20,000 households across
 * the 35 demo villages, with obviously fake names (`马样本00017`) and fake ID numbers.
 */
export async function seedScaleHouseholds(
  store: Store,
  keys: DataKeys,
  now: Date,
  total: number = SCALE_TOTAL,
): Promise<number> {
  const households = store.collection(householdsCollection);
  if (await households.get('hh-scale-00000')) return 0;
  const villages = LINXIA_DEMO_ORG_UNITS.filter((u) => u.level === 'village');
  const rand = seededRandom(20_000);
  const categories: HouseholdCategory[] = [];
  const scale = total / SCALE_TOTAL;
  for (const [cat, n] of Object.entries(SCALE_COUNTS) as Array<[HouseholdCategory, number]>) {
    for (let i = 0; i < Math.round(n * scale); i++) categories.push(cat);
  }
  let added = 0;
  for (let start = 0; start < categories.length; start += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(start + BATCH, categories.length); i++) {
        const category = categories[i] ?? 'general';
        const village = villages[i % villages.length] ?? villages[0];
        if (!village?.townId) throw new Error('org units missing');
        const surname = SURNAMES[Math.floor(rand() * SURNAMES.length)] ?? '马';
        const size = 1 + Math.floor(rand() * 6);
        // Unique per (household, member): region from i % 10000, sequence from i / 10000 and k.
        const region = `62${String(i % 10_000).padStart(4, '0')}`;
        const seq = (k: number) => Math.floor(i / 10_000) * 10 + k;
        const birthYear = 1950 + Math.floor(rand() * 40);
        const raw: Array<z.output<typeof MemberInput>> = Array.from({ length: size }, (_, k) => ({
          name: `${surname}样本${String(i).padStart(5, '0')}${k ? `-${k}` : ''}`.slice(0, 20),
          relation: k === 0 ? 'head' : k === 1 ? 'spouse' : 'child',
          idNumber: demoIdNumber(
            `${k < 2 ? birthYear + k : birthYear + 25 + k}-0${1 + (i % 9)}-1${k}`,
            seq(k),
            region,
          ),
          health: rand() < 0.05 ? 'serious' : rand() < 0.15 ? 'chronic' : 'healthy',
          disabledSince: rand() < 0.01 ? '2026-10-01' : null,
          schoolStage: k >= 2 ? 'primary' : 'none',
        }));
        const members = buildMembers(raw, keys);
        const annualIncome = Math.round(
          (category === 'general' ? 30_000 : 12_000) * size * (0.4 + rand()),
        );
        const facts = { members, annualIncome, expenses: [], category };
        const id = `hh-scale-${String(i).padStart(5, '0')}`;
        await tx.insert(householdsCollection, {
          _id: id,
          villageId: village.id,
          townId: village.townId,
          address: `${village.name}样本地址${i}号`,
          monitorType: category === 'monitored' ? (MONITOR_TYPES[i % 3] ?? 'unstable') : null,
          ...facts,
          ...derivedFields(facts, DEFAULT_WARNING_RULES, now),
          headIdLast4Hash: headIdLast4HashOf(raw, keys),
          reviewDueAt: nextReviewDue(category, new Date(now.getTime() - (i % 120) * 86_400_000)),
          consentVersion: HOUSEHOLD_CONSENT_VERSION,
          demo: true,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          createdBy: null,
        });
        for (const mem of members)
          await tx.insert(memberRegistryCollection, {
            _id: mem.idNumber.hash,
            householdId: id,
            villageId: village.id,
            townId: village.townId,
          });
        added++;
      }
    });
  }
  return added;
}
