import type { Role } from '../../../../shared/src/auth/roles';
import type { Clock } from '../../ports/clock';
import type { Store } from '../../ports/store';
import { isStoreError } from '../../ports/store';
import type { UserDoc } from '../../runtime/platform-collections';
import type { DataKeys } from '../../runtime/sealed-value';
import { sealIdNumber } from '../../runtime/sealed-value';
import { demoIdNumber } from '../../seed/demo-id-numbers';
import { orgUnitsCollection, usersCollection } from '../../runtime/platform-collections';

/** Seeded demo people for local dev-login (DEMO DATA: the names are invented). */
export const DEV_PERSONAS = {
  villager: {
    role: 'villager',
    name: '马文礼',
    orgUnitId: 'village-zheqiao-qimou',
    householdId: 'hh-demo-qimou-01',
  },
  villager_b: {
    role: 'villager',
    name: '王桂兰',
    orgUnitId: 'village-baohan-wangping',
    householdId: 'hh-demo-wangping-01',
  },
  village_cadre: { role: 'village_cadre', name: '何建国', orgUnitId: 'village-zheqiao-qimou' },
  village_cadre_b: { role: 'village_cadre', name: '张志强', orgUnitId: 'village-baohan-wangping' },
  town_reviewer: { role: 'town_reviewer', name: '李红梅', orgUnitId: 'town-zheqiao' },
  city_approver: { role: 'city_approver', name: '赵立新', orgUnitId: 'city-linxia' },
  admin: { role: 'admin', name: '周明', orgUnitId: 'city-linxia' },
  trainer: { role: 'trainer', name: '韩德胜', orgUnitId: 'city-linxia' },
  // 保险公司查勘员 of the insurer that holds the city's 防贫保险 (issue 14).
  insurer: { role: 'insurer', name: '孙保平', orgUnitId: 'city-linxia' },
} as const satisfies Record<
  string,
  { role: Role; name: string; orgUnitId: string; householdId?: string }
>;

export type DevPersona = keyof typeof DEV_PERSONAS;
export const DEV_PERSONA_NAMES = Object.keys(DEV_PERSONAS) as DevPersona[];

export function devOpenid(persona: DevPersona, as?: string): string {
  return as ? `dev:${persona}:as:${as}` : `dev:${persona}`;
}

/**
 * Makes sure the persona's user exists (and, with `as`, a distinct extra villager of the same
 * village, so load tests can act as many people). Returns the openid to sign a token for.
 */
/**
 * Demo ID numbers for villager personas, so eligibility checks (age) work in local mode: the two
 * named villagers match their household records; each `as` villager gets a fake number aged 30.
 */
function demoPersonaIdNumber(persona: DevPersona, as: string | undefined): string | null {
  if (DEV_PERSONAS[persona].role !== 'villager') return null;
  if (as) {
    const seq = [...as].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1000, 7);
    return demoIdNumber('1996-05-20', seq, '622921');
  }
  return persona === 'villager' ? demoIdNumber('1968-03-12', 11) : demoIdNumber('1963-02-18', 51);
}

export async function ensureDevUser(
  store: Store,
  clock: Clock,
  persona: DevPersona,
  as?: string,
  keys?: DataKeys,
): Promise<string> {
  const p = DEV_PERSONAS[persona];
  const openid = devOpenid(persona, as);
  const users = store.collection(usersCollection);
  if ((await users.find({ openid }, { limit: 1 })).items.length) return openid;
  const unit = await store.collection(orgUnitsCollection).get(p.orgUnitId);
  if (!unit) throw new Error(`org unit ${p.orgUnitId} is not seeded`);
  const now = clock.now().toISOString();
  const doc: UserDoc = {
    openid,
    role: p.role,
    name: as ? `${p.name.slice(0, 1)}${as}`.slice(0, 20) : p.name,
    orgUnitId: p.orgUnitId,
    villageId: unit.level === 'village' ? p.orgUnitId : null,
    townId: unit.townId,
    // The persona's own seeded household (extra `as` villagers start without one).
    householdId: !as && 'householdId' in p ? p.householdId : null,
    phone: null,
    idNumber: (() => {
      const id = keys ? demoPersonaIdNumber(persona, as) : null;
      return id && keys ? sealIdNumber(id, keys) : null;
    })(),
    consents: [],
    demo: true,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await users.insert(doc);
  } catch (e) {
    if (!isStoreError(e, 'DUPLICATE')) throw e;
  }
  return openid;
}
