import { createTestPlatform, makeIdNumber } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { auditCollection, usersCollection } from '../platform/runtime/platform-collections';
import { openSealedValue } from '../platform/runtime/sealed-value';
import { usersFunction } from './users-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(usersFunction);
});
afterEach(() => t.cleanup());

const ID = makeIdNumber('622901', '19850615', '123');

test('me returns the persona profile with its village', async () => {
  const r = await call('villager', 'me', {});
  expect(r).toMatchObject({
    ok: true,
    data: { role: 'villager', name: '马文礼', orgUnitName: '祁牟村', townId: 'town-zheqiao' },
  });
});

test('an anonymous caller is UNAUTHENTICATED', async () => {
  expect(await call(null, 'me', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

test('updateProfile stores phone and ID sealed, returns them masked, and audits without values', async () => {
  const r = await call('villager', 'updateProfile', {
    name: '马文礼',
    phone: '138 1234 5678',
    idNumber: ID,
    consentVersion: 'privacy-2026-11',
  });
  expect(r).toMatchObject({
    ok: true,
    data: {
      phoneMasked: '138****5678',
      // The answer of a write is kept for replays: no digit of the ID number in it.
      idNumberMasked: '*'.repeat(18),
      profileComplete: true,
    },
  });
  expect(await call('villager', 'me', {})).toMatchObject({
    ok: true,
    data: { idNumberMasked: `**************${ID.slice(-4)}` },
  });
  const me = (await t.store.collection(usersCollection).find({ openid: 'dev:villager' })).items[0];
  expect(JSON.stringify(me)).not.toContain(ID);
  expect(JSON.stringify(me)).not.toContain('13812345678');
  // Nothing of the ID number in plain text: no masked form, no last 4 (issue 11 point 3).
  expect(Object.keys(me?.idNumber ?? {}).sort()).toEqual(['hash', 'sealed']);
  expect(me?.idNumber && openSealedValue(me.idNumber, t.platform.deps.dataKeys)).toBe(ID);
  expect(me?.consents).toEqual([{ version: 'privacy-2026-11', at: '2026-11-28T02:00:00.000Z' }]);
  const audit = await t.store.collection(auditCollection).find({ entityId: me?._id ?? '' });
  expect(audit.items.map((a) => a.entity).sort()).toEqual(['id_lookup', 'user']);
  expect(JSON.stringify(audit.items)).not.toContain(ID);
});

test('a bad payload is VALIDATION_FAILED with field errors and writes nothing', async () => {
  await call('villager', 'me', {});
  const before = t.digest();
  const r = await call('villager', 'updateProfile', {
    name: '',
    phone: '12345',
    idNumber: '110105194912310021',
  });
  expect(r).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        name: '请填写此项',
        phone: '手机号应为11位，以1开头',
        idNumber: '身份证号码有误，请核对每一位',
      },
    },
  });
  expect(t.digest()).toBe(before);
});

test('an ID number needs the privacy consent', async () => {
  const r = await call('villager', 'updateProfile', { name: '马文礼', idNumber: ID });
  expect(r).toMatchObject({
    ok: false,
    error: { fieldErrors: { consentVersion: expect.stringContaining('同意') } },
  });
});

test('no ID-number oracle: a number on another account gets the same answer as a new one, audited for the city', async () => {
  const profile = (name: string, idNumber: string) => ({
    name,
    idNumber,
    consentVersion: 'privacy-2026-11',
  });
  expect((await call('villager', 'updateProfile', profile('马文礼', ID))).ok).toBe(true);
  const taken = await call('villager_b', 'updateProfile', profile('王桂兰', ID));
  const fresh = await call(
    { persona: 'villager', as: 'fresh' },
    'updateProfile',
    profile('王桂兰', makeIdNumber('622901', '19850615', '456')),
  );
  const shape = (r: typeof taken) =>
    r.ok
      ? {
          ...r.data,
          userId: '',
          name: '',
          idNumberMasked: '',
          orgUnitName: '',
          orgUnitId: '',
          villageId: '',
          townId: '',
        }
      : r;
  expect(taken.ok && fresh.ok).toBe(true);
  expect(Object.keys(shape(taken))).toEqual(Object.keys(shape(fresh)));
  expect(await call('villager_b', 'me', {})).toMatchObject({
    ok: true,
    data: { idNumberMasked: `**************${ID.slice(-4)}` },
  });
  const lookups = (await t.store.collection(auditCollection).find({ entity: 'id_lookup' })).items;
  expect(lookups.map((a) => a.note)).toEqual(
    expect.arrayContaining([expect.stringContaining('for the city to resolve')]),
  );
  expect(JSON.stringify(lookups)).not.toContain(ID);
});

test('ID numbers on a profile are limited per day (a guessing loop is RATE_LIMITED)', async () => {
  const who = { persona: 'villager' as const, as: 'guesser' };
  const results = [];
  for (let i = 0; i < 7; i++)
    results.push(
      await call(who, 'updateProfile', {
        name: '马某',
        idNumber: makeIdNumber('622901', '19850615', String(300 + i)),
        consentVersion: 'privacy-2026-11',
      }),
    );
  expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
    'ok',
    'ok',
    'ok',
    'ok',
    'ok',
    'RATE_LIMITED',
    'RATE_LIMITED',
  ]);
  // Saving the number already on the profile is not a look-up.
  expect(
    (
      await call(who, 'updateProfile', {
        name: '马某',
        idNumber: makeIdNumber('622901', '19850615', '304'),
        consentVersion: 'privacy-2026-11',
      })
    ).ok,
  ).toBe(true);
});

test('a villager without a household may move village; a cadre may not set their own unit', async () => {
  expect(
    await call('villager', 'updateProfile', {
      name: '马文礼',
      villageId: 'village-nanlong-jiangpai',
    }),
  ).toMatchObject({
    ok: false,
    error: { fieldErrors: { villageId: expect.stringContaining('家庭档案') } },
  });
  expect(
    await call({ persona: 'villager', as: 'mover' }, 'updateProfile', {
      name: '马文礼',
      villageId: 'village-nanlong-jiangpai',
    }),
  ).toMatchObject({
    ok: true,
    data: { villageId: 'village-nanlong-jiangpai', townId: 'town-nanlong', orgUnitName: '江牌村' },
  });
  expect(
    await call({ persona: 'villager', as: 'mover' }, 'updateProfile', {
      name: '马文礼',
      villageId: 'town-nanlong',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(
    await call('village_cadre', 'updateProfile', {
      name: '何建国',
      villageId: 'village-nanlong-jiangpai',
    }),
  ).toMatchObject({
    ok: false,
    error: { fieldErrors: { villageId: expect.any(String) } },
  });
});

test('assignRole is admin only, checks the unit level, and is audited', async () => {
  const target = await call({ persona: 'villager', as: 'newcadre' }, 'me', {});
  const userId = target.ok ? String(target.data.userId) : '';
  expect(
    await call('city_approver', 'assignRole', {
      userId,
      role: 'village_cadre',
      orgUnitId: 'village-zheqiao-qimou',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(
    await call('admin', 'assignRole', {
      userId,
      role: 'town_reviewer',
      orgUnitId: 'village-zheqiao-qimou',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { orgUnitId: '这个角色要选择一个镇' } },
  });
  expect(
    await call('admin', 'assignRole', { userId, role: 'town_reviewer', orgUnitId: 'town-baohan' }),
  ).toMatchObject({
    ok: true,
    data: { role: 'town_reviewer', orgUnitName: '枹罕镇' },
  });
  const audit = await t.store.collection(auditCollection).find({ entityId: userId });
  expect(audit.items[0]).toMatchObject({
    from: 'villager@village-zheqiao-qimou',
    to: 'town_reviewer@town-baohan',
    action: 'assignRole',
  });
  expect(
    await call('admin', 'assignRole', {
      userId: 'nobody',
      role: 'trainer',
      orgUnitId: 'city-linxia',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

test('listStaff is limited to the caller scope', async () => {
  for (const p of ['village_cadre', 'village_cadre_b', 'town_reviewer', 'trainer'] as const)
    await t.tokenFor(p);
  const names = async (p: 'village_cadre' | 'town_reviewer' | 'admin') => {
    const r = await call(p, 'listStaff', {});
    return r.ok ? (r.data.items as Array<{ name: string }>).map((i) => i.name).sort() : r;
  };
  expect(await names('village_cadre')).toEqual(['何建国']);
  expect(await names('town_reviewer')).toEqual(['何建国', '李红梅']);
  expect(await names('admin')).toEqual(
    expect.arrayContaining(['何建国', '张志强', '李红梅', '韩德胜', '周明']),
  );
  expect(await call('villager', 'listStaff', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

test('listOrgUnits is public and returns the 临夏市 register in order', async () => {
  const r = await call(null, 'listOrgUnits', { level: 'village' });
  expect(r.ok && (r.data.items as unknown[]).length).toBe(35);
  const towns = await call(null, 'listOrgUnits', { level: 'town' });
  expect(towns.ok && (towns.data.items as Array<{ name: string }>).map((u) => u.name)).toEqual([
    '折桥镇',
    '枹罕镇',
    '南龙镇',
    '城郊镇',
  ]);
});

test('findUsers finds villagers by the beginning of the name or the phone last 4, masked, audited, admin only', async () => {
  await call('villager', 'me', {});
  await call('villager_b', 'updateProfile', { name: '王桂兰', phone: '13912344321' });
  await call({ persona: 'villager', as: 'searchme' }, 'updateProfile', {
    name: '马小花',
    phone: '13700004321',
  });
  const byName = await call('admin', 'findUsers', { q: '马' });
  expect(byName.ok).toBe(true);
  const names = byName.ok ? (byName.data.items as Array<{ name: string }>).map((u) => u.name) : [];
  expect(names).toEqual(expect.arrayContaining(['马文礼', '马小花']));
  expect(names).not.toContain('王桂兰');
  const byPhone = await call('admin', 'findUsers', { q: '4321' });
  expect(byPhone).toMatchObject({
    ok: true,
    data: {
      items: expect.arrayContaining([
        expect.objectContaining({ name: '马小花', role: 'villager', phoneMasked: '137****4321' }),
        expect.objectContaining({ name: '王桂兰', orgUnitName: '王坪村' }),
      ]),
    },
  });
  expect(JSON.stringify(byPhone)).not.toContain('13700004321');
  const audit = await t.store.collection(auditCollection).find({ entity: 'user_search' });
  // Both searches are logged (the store lists them by id, not by time).
  expect(audit.items.map((a) => a.note)).toHaveLength(2);
  expect(audit.items.map((a) => a.note)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^find by=name n=\d+/),
      expect.stringMatching(/^find by=phone_last4 n=2/),
    ]),
  );
  expect(JSON.stringify(audit.items)).not.toContain('4321');
  for (const p of ['city_approver', 'village_cadre', 'villager'] as const)
    expect(await call(p, 'findUsers', { q: '马' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
});

test('findUsers pages a long result and refuses an empty search in Chinese', async () => {
  for (const as of ['pa', 'pb', 'pc'])
    await call({ persona: 'villager', as }, 'updateProfile', { name: `杨${as}` });
  const first = await call('admin', 'findUsers', { q: '杨', limit: 2 });
  expect(first.ok && first.data.items).toHaveLength(2);
  const cursor = first.ok ? first.data.nextCursor : null;
  expect(cursor).not.toBeNull();
  const second = await call('admin', 'findUsers', { q: '杨', limit: 2, cursor: cursor ?? '' });
  expect(second.ok && second.data.items).toHaveLength(1);
  expect(await call('admin', 'findUsers', { q: '  ' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { q: '请输入姓名或手机号后4位' } },
  });
});

test('assignRole makes a found villager the cadre of their village; a unit of the wrong level is refused', async () => {
  const target = await call({ persona: 'villager', as: 'tobecadre' }, 'me', {});
  const userId = target.ok ? String(target.data.userId) : '';
  expect(
    await call('admin', 'assignRole', { userId, role: 'village_cadre', orgUnitId: 'town-zheqiao' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { orgUnitId: '这个角色要选择一个村' } },
  });
  expect(
    await call('admin', 'assignRole', {
      userId,
      role: 'trainer',
      orgUnitId: 'village-zheqiao-qimou',
    }),
  ).toMatchObject({ ok: false, error: { fieldErrors: { orgUnitId: '这个角色要选择一个市' } } });
  expect(
    await call('admin', 'assignRole', {
      userId,
      role: 'village_cadre',
      orgUnitId: 'village-zheqiao-qimou',
    }),
  ).toMatchObject({ ok: true, data: { role: 'village_cadre', orgUnitName: '祁牟村' } });
  expect(await call({ persona: 'villager', as: 'tobecadre' }, 'me', {})).toMatchObject({
    ok: true,
    data: { role: 'village_cadre', villageId: 'village-zheqiao-qimou' },
  });
  const audit = await t.store.collection(auditCollection).find({ entityId: userId });
  expect(audit.items.map((a) => [a.from, a.to])).toEqual([
    ['villager@village-zheqiao-qimou', 'village_cadre@village-zheqiao-qimou'],
  ]);
});

test('me says whether the villager is linked to a household', async () => {
  expect(await call('villager', 'me', {})).toMatchObject({
    ok: true,
    data: { hasHousehold: true },
  });
  expect(await call({ persona: 'villager', as: 'nohome' }, 'me', {})).toMatchObject({
    ok: true,
    data: { hasHousehold: false, profileComplete: false },
  });
});
