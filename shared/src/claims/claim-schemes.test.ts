import {
  AMOUNT_KEYS,
  AMOUNT_LABELS,
  CLAIM_TYPES,
  DEMO_CLAIM_SCHEME,
  amountKeysOf,
  typesSharingCap,
} from './claim-schemes';

const scheme = DEMO_CLAIM_SCHEME;

test('the demo scheme is marked 演示方案 and says it will be replaced by the contract', () => {
  expect(scheme.isDemo).toBe(true);
  expect(scheme.label).toBe('演示方案');
  expect(scheme.note).toMatch(/合同为准/);
});

test.each<[string, string, string, string[], number, number]>([
  ['illness', '因病', 'illness', ['selfPaid'], 5_000, 200_000],
  ['education', '因学', 'education', ['tuition', 'lodging', 'books', 'grants'], 3_000, 10_000],
  ['disaster', '因灾', 'disaster', ['loss'], 10_000, 30_000],
  ['accident', '意外伤残/身故', 'accident', ['loss'], 10_000, 30_000],
])(
  '%s: %s, picture %s, amounts %j, deductible %i, cap %i',
  (type, label, icon, keys, deductible, cap) => {
    const t = scheme.types[type as (typeof CLAIM_TYPES)[number]];
    expect(t).toMatchObject({ label, icon });
    expect(amountKeysOf(type as (typeof CLAIM_TYPES)[number])).toEqual(keys);
    expect(t.rule.deductible).toBe(deductible);
    expect(t.rule.yearlyCap).toBe(cap);
  },
);

test('the four types, in order, and only grants are subtracted', () => {
  expect(Object.keys(scheme.types)).toEqual([...CLAIM_TYPES]);
  for (const t of CLAIM_TYPES)
    for (const a of scheme.types[t].amounts)
      expect(a.sign).toBe(a.key === 'grants' ? 'subtract' : 'add');
});

test('every band rate is a whole percent, only the last band is open-ended', () => {
  for (const t of CLAIM_TYPES) {
    const bands = scheme.types[t].rule.bands;
    bands.forEach((b, i) => {
      expect(Number.isInteger(b.ratePercent)).toBe(true);
      expect(b.ratePercent).toBeGreaterThan(0);
      expect(b.ratePercent).toBeLessThanOrEqual(100);
      expect(b.width === null).toBe(i === bands.length - 1);
    });
  }
});

test('every amount key has a plain label and a hint', () => {
  for (const k of AMOUNT_KEYS) {
    expect(AMOUNT_LABELS[k].label.length).toBeGreaterThan(1);
    expect(AMOUNT_LABELS[k].hint.length).toBeGreaterThan(4);
  }
});

test.each([
  ['illness', ['illness']],
  ['education', ['education']],
  ['disaster', ['disaster', 'accident']],
  ['accident', ['disaster', 'accident']],
] as const)('%s shares its yearly cap with %j', (type, others) => {
  expect(typesSharingCap(type)).toEqual(others);
});
