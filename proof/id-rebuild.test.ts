import { DEMO_HOUSEHOLDS } from '../cloudfunctions/households/seed/seed-demo-households';
import { householdsFunction } from '../cloudfunctions/households/households-function';
import { demoIdNumber } from '../cloudfunctions/platform/seed/demo-id-numbers';
import { createTestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import type { TestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import { usersFunction } from '../cloudfunctions/users/users-function';
import { HOUSEHOLD_CONSENT_VERSION } from '../shared/src/households/household-schemas';
import { PRIVACY_NOTICE_VERSION } from '../shared/src/users/users-contract';
import type { IdClues } from './support/id-candidates';
import { countCandidates, datesOfYear } from './support/id-candidates';

/**
 * Issue 11 point 3: nothing stored in plain text may narrow a person's ID number down to fewer
 * than 10,000 candidates. The attacker has a copy of the database (every row of every table) but
 * no keys: sealed ciphertext and keyed hashes are opaque to them. They read field names, link
 * records to a person by name, and combine whatever a record and its parents hold (masked forms,
 * last 4, birth dates, birth years, ages) with the GB 11643 rules, every Gansu region code
 * (62xxxx) and the check character.
 */

const MIN_CANDIDATES = 10_000;
const THIS_YEAR = 2026;

let t: TestPlatform;
const people: Array<{ name: string; idNumber: string }> = [];

beforeAll(async () => {
  t = await createTestPlatform();
  const households = t.client(householdsFunction);
  const users = t.client(usersFunction);
  for (const d of DEMO_HOUSEHOLDS)
    for (const m of d.members) people.push({ name: m.name, idNumber: m.idNumber });
  // Records written through the API too (their answers are kept for idempotent replays).
  const created = {
    villageId: 'village-zheqiao-qimou',
    category: 'general',
    address: '祁牟村六社1号',
    annualIncome: 30_000,
    members: [
      { name: '重建户主', relation: 'head', idNumber: demoIdNumber('1980-01-01', 901) },
      { name: '重建配偶', relation: 'spouse', idNumber: demoIdNumber('1982-02-02', 902) },
    ],
    consentVersion: HOUSEHOLD_CONSENT_VERSION,
  };
  for (const m of created.members) people.push({ name: m.name, idNumber: m.idNumber });
  expect((await households('village_cadre', 'create', created, 'rebuild-create-1')).ok).toBe(true);
  const h = await households('village_cadre', 'get', { householdId: 'hh-demo-qimou-03' });
  expect(h.ok).toBe(true);
  const update = {
    householdId: 'hh-demo-qimou-03',
    expectedVersion: h.ok ? Number(h.data.version) : 0,
    address: '折桥镇祁牟村三社22号',
  };
  expect((await households('village_cadre', 'update', update, 'rebuild-update-1')).ok).toBe(true);
  const self = { name: '重建村民', idNumber: demoIdNumber('1990-07-07', 907) };
  people.push(self);
  const profile = { ...self, consentVersion: PRIVACY_NOTICE_VERSION };
  const who = { persona: 'villager' as const, as: 'rebuild' };
  expect((await users(who, 'updateProfile', profile, 'rebuild-profile-1')).ok).toBe(true);
  for (const persona of ['villager', 'village_cadre', 'town_reviewer', 'city_approver'] as const) {
    await households(persona, 'mine', {});
    await households(persona, 'list', {});
    await households(persona, 'get', { householdId: 'hh-demo-qimou-01' });
  }
});
afterAll(() => t.cleanup());

type Scalar = [key: string, value: string | number];

/** Every object in a document with its own scalars plus those of the objects around it. */
function* contexts(value: unknown, around: Scalar[] = []): Generator<Scalar[]> {
  if (Array.isArray(value)) {
    for (const v of value) yield* contexts(v, around);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const own: Scalar[] = [];
  const nested: unknown[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') own.push([k, v]);
    else if (v && typeof v === 'object') nested.push(v);
  }
  const here = [...around, ...own];
  yield here;
  for (const v of nested) yield* contexts(v, here);
}

function cluesFrom(ctx: Scalar[]): IdClues {
  const known = new Map<number, string>();
  let birthDates: Set<string> | null = null;
  const narrow = (dates: string[]) => {
    birthDates = new Set(birthDates ? dates.filter((d) => birthDates?.has(d)) : dates);
  };
  for (const [key, value] of ctx) {
    const text = String(value);
    const full = /\d{17}[\dX]/.exec(text)?.[0];
    if (full) [...full].forEach((c, i) => known.set(i, c));
    if (/^[\dX*]{18}$/.test(text))
      [...text].forEach((c, i) => {
        if (c !== '*') known.set(i, c);
      });
    if (/last\s*4/i.test(key) && /^\d{3}[\dX]$/.test(text))
      [...text].forEach((c, i) => known.set(14 + i, c));
    if (/birth/i.test(key)) {
      const date = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
      if (date) narrow([`${date[1]}${date[2]}${date[3]}`]);
      else if (/^(19|20)\d{2}$/.test(text)) narrow(datesOfYear(Number(text)));
    }
    if (key === 'age' && typeof value === 'number')
      narrow([...datesOfYear(THIS_YEAR - value - 1), ...datesOfYear(THIS_YEAR - value)]);
  }
  return { known, birthDates };
}

function fitsTruth(clues: IdClues, idNumber: string): boolean {
  for (const [i, c] of clues.known) if (idNumber[i] !== c) return false;
  return !clues.birthDates || clues.birthDates.has(idNumber.slice(6, 14));
}

function storedRows(): Array<{ table: string; text: string; doc: unknown }> {
  const db = t.store.reader;
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{
    name: string;
  }>;
  return tables.flatMap(({ name }) =>
    (db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>).map((row) => {
      const text = JSON.stringify(row);
      const doc = typeof row.doc === 'string' ? (JSON.parse(row.doc) as unknown) : row;
      return { table: name, text, doc };
    }),
  );
}

test('no stored plain text narrows any person’s ID number below 10,000 candidates', () => {
  expect(people.length).toBeGreaterThan(20);
  const rows = storedRows();
  const fewest = people.map((p) => {
    let best = Number.POSITIVE_INFINITY;
    let where = '';
    for (const row of rows) {
      if (row.text.includes(p.idNumber)) return { ...p, candidates: 1, where: row.table };
      if (!row.text.includes(p.name)) continue;
      for (const ctx of contexts(row.doc)) {
        if (!ctx.some(([, v]) => v === p.name)) continue;
        const clues = cluesFrom(ctx);
        if (!fitsTruth(clues, p.idNumber)) continue;
        const n = countCandidates(clues, THIS_YEAR);
        if (n < best) [best, where] = [n, row.table];
      }
    }
    return { name: p.name, candidates: best, where };
  });
  const rebuilt = fewest.filter((p) => p.candidates < MIN_CANDIDATES);
  expect(rebuilt.map((p) => `${p.name}: ${p.candidates} (${p.where})`)).toEqual([]);
});

test('no stored plain text holds any digit of a person’s ID number next to their name', () => {
  // Stricter than the count: with the real 临夏 county codes (a handful, not all of 62xxxx), a
  // birth year and the last 4 leave only a few hundred candidates, so no digit may be stored.
  const rows = storedRows();
  const found: string[] = [];
  for (const p of people)
    for (const row of rows) {
      if (!row.text.includes(p.name)) continue;
      for (const ctx of contexts(row.doc)) {
        if (!ctx.some(([, v]) => v === p.name)) continue;
        const clues = cluesFrom(ctx);
        if (clues.known.size && fitsTruth(clues, p.idNumber))
          found.push(`${p.name}: ${clues.known.size} digits (${row.table})`);
      }
    }
  expect([...new Set(found)]).toEqual([]);
});
