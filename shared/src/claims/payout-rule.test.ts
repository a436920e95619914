import type { ClaimAmounts, PayoutLine } from './payout-rule';
import { computePayout, fenText } from './payout-rule';
import type { ClaimType } from './claim-schemes';
import { typesSharingCap } from './claim-schemes';

const payout = (type: ClaimType, amounts: ClaimAmounts, paid = 0) =>
  computePayout(type, amounts, paid).payout;
const slices = (lines: PayoutLine[]) =>
  lines.flatMap((l) => (l.kind === 'slice' ? [[l.base, l.ratePercent, l.amountFen]] : []));

test('the worked example: illness, self-pay 40,000 → 20,500, with every line', () => {
  expect(computePayout('illness', { selfPaid: 40_000 })).toEqual({
    payout: 20_500,
    lines: [
      { kind: 'amount', key: 'selfPaid', label: '自己掏的医药费', sign: 'add', amount: 40_000 },
      { kind: 'base', label: '自付医疗费', amount: 40_000 },
      { kind: 'deductible', amount: 5_000, remainder: 35_000 },
      { kind: 'slice', from: 0, to: 5_000, base: 5_000, ratePercent: 30, amountFen: 150_000 },
      { kind: 'slice', from: 5_000, to: 15_000, base: 10_000, ratePercent: 50, amountFen: 500_000 },
      {
        kind: 'slice',
        from: 15_000,
        to: 35_000,
        base: 20_000,
        ratePercent: 70,
        amountFen: 1_400_000,
      },
      { kind: 'subtotal', amount: 20_500 },
      { kind: 'cap', yearlyCap: 200_000, paidThisYear: 0, left: 200_000, applied: false },
    ],
  });
});

describe('illness: 5,000 deductible; 5,000 at 30 %, 10,000 at 50 %, 20,000 at 70 %, rest 90 %; cap 200,000', () => {
  test.each<[number, number, string]>([
    [0, 0, 'nothing paid'],
    [4_999, 0, 'under the deductible'],
    [5_000, 0, 'exactly the deductible'],
    [5_001, 0, '1 元 over: 0.30 rounds down to 0'],
    [5_004, 1, '4 元 over: 1.20 rounds down to 1'],
    [10_000, 1_500, 'end of the first slice'],
    [10_001, 1_500, 'one 元 into the second slice: 1,500.50 → 1,500'],
    [20_000, 6_500, 'end of the second slice'],
    [40_000, 20_500, 'end of the third slice (the worked example)'],
    [40_001, 20_500, 'one 元 into the rest: 20,500.90 → 20,500'],
    [40_010, 20_509, '10 元 into the rest at 90 %'],
    [239_444, 199_999, 'just under the cap: 20,500 + 199,444 × 90 % = 199,999.6 → 199,999'],
    [239_445, 200_000, 'the cap is reached'],
    [1_000_000, 200_000, 'far over the cap'],
  ])('self-pay %i → %i (%s)', (selfPaid, want) => {
    expect(payout('illness', { selfPaid })).toBe(want);
  });

  test('only the slices the remainder reaches are listed', () => {
    expect(slices(computePayout('illness', { selfPaid: 12_000 }).lines)).toEqual([
      [5_000, 30, 150_000],
      [2_000, 50, 100_000],
    ]);
    expect(slices(computePayout('illness', { selfPaid: 5_000 }).lines)).toEqual([]);
  });

  test('the cap line says when it cut the payout', () => {
    const r = computePayout('illness', { selfPaid: 1_000_000 });
    expect(r.lines.at(-2)).toEqual({ kind: 'subtotal', amount: 884_500 });
    expect(r.lines.at(-1)).toEqual({
      kind: 'cap',
      yearlyCap: 200_000,
      paidThisYear: 0,
      left: 200_000,
      applied: true,
    });
  });
});

describe('disaster and accident: 10,000 deductible; 10,000 at 40 %, 20,000 at 60 %, rest 80 %; cap 30,000', () => {
  test.each<[number, number]>([
    [0, 0],
    [10_000, 0],
    [10_003, 1],
    [20_000, 4_000],
    [40_000, 16_000],
    [40_001, 16_000],
    [50_000, 24_000],
    [57_500, 30_000],
    [57_499, 29_999],
    [100_000, 30_000],
  ])('loss %i → %i, the same for both types', (loss, want) => {
    expect(payout('disaster', { loss })).toBe(want);
    expect(payout('accident', { loss })).toBe(want);
  });

  test('disaster and accident share one yearly cap', () => {
    expect(typesSharingCap('disaster')).toEqual(['disaster', 'accident']);
    expect(typesSharingCap('illness')).toEqual(['illness']);
    expect(payout('accident', { loss: 50_000 }, 20_000)).toBe(10_000);
  });
});

describe('education: tuition + lodging + books − grants, the part above 3,000 at 50 %; cap 10,000', () => {
  test.each<[ClaimAmounts, number, string]>([
    [{ tuition: 0, lodging: 0, books: 0, grants: 0 }, 0, 'nothing'],
    [{ tuition: 2_000, lodging: 800, books: 200, grants: 0 }, 0, 'exactly 3,000'],
    [{ tuition: 2_000, lodging: 800, books: 201, grants: 0 }, 0, '1 元 over: 0.50 → 0'],
    [{ tuition: 5_000, lodging: 1_200, books: 800, grants: 2_000 }, 1_000, '5,000 net'],
    [
      { tuition: 5_000, lodging: 1_200, books: 801, grants: 2_000 },
      1_000,
      '5,001 net: 1,000.50 → 1,000',
    ],
    [
      { tuition: 20_000, lodging: 3_000, books: 0, grants: 0 },
      10_000,
      '23,000 net: exactly the cap',
    ],
    [{ tuition: 30_000, lodging: 3_000, books: 0, grants: 0 }, 10_000, 'over the cap'],
    [{ tuition: 4_000, lodging: 1_000, books: 500, grants: 8_000 }, 0, 'grants bigger than costs'],
    [{ tuition: 8_000 }, 2_500, 'amounts left out count as 0'],
  ])('%j → %i (%s)', (amounts, want) => {
    expect(payout('education', amounts)).toBe(want);
  });

  test('grants bigger than costs leave a base of 0, not a negative one', () => {
    const r = computePayout('education', { tuition: 4_000, grants: 8_000 });
    expect(r.lines).toContainEqual({
      kind: 'amount',
      key: 'grants',
      label: '已经拿到的资助',
      sign: 'subtract',
      amount: 8_000,
    });
    expect(r.lines).toContainEqual({
      kind: 'base',
      label: '学费、住宿费、书本费减去资助',
      amount: 0,
    });
    expect(r.lines).toContainEqual({ kind: 'deductible', amount: 3_000, remainder: 0 });
    expect(r.payout).toBe(0);
  });

  test('keys the type does not take are ignored', () => {
    expect(payout('education', { tuition: 8_000, selfPaid: 100_000 })).toBe(2_500);
    expect(payout('illness', { selfPaid: 40_000, loss: 100_000 })).toBe(20_500);
  });
});

describe('the yearly cap counts what the household was already paid that year', () => {
  test('two illness claims in a year: the second gets only what is left of 200,000', () => {
    const first = payout('illness', { selfPaid: 200_000 });
    expect(first).toBe(164_500);
    const second = computePayout('illness', { selfPaid: 80_000 }, first);
    expect(second.payout).toBe(35_500);
    expect(second.lines.at(-2)).toEqual({ kind: 'subtotal', amount: 56_500 });
    expect(second.lines.at(-1)).toEqual({
      kind: 'cap',
      yearlyCap: 200_000,
      paidThisYear: 164_500,
      left: 35_500,
      applied: true,
    });
  });

  test('a claim that fits in what is left is paid in full', () => {
    expect(payout('illness', { selfPaid: 40_000 }, 100_000)).toBe(20_500);
  });

  test('two education claims: 6,000 then the 4,000 left', () => {
    const first = payout('education', { tuition: 15_000 });
    expect(first).toBe(6_000);
    expect(payout('education', { tuition: 15_000 }, first)).toBe(4_000);
  });

  test('with the cap used up, nothing more is paid; paid above the cap does not go negative', () => {
    expect(payout('disaster', { loss: 50_000 }, 30_000)).toBe(0);
    expect(computePayout('disaster', { loss: 50_000 }, 45_000).lines.at(-1)).toMatchObject({
      left: 0,
      applied: true,
    });
  });
});

test.each<[ClaimAmounts, number]>([
  [{ selfPaid: -1 }, 0],
  [{ selfPaid: 100.5 }, 0],
  [{ selfPaid: Number.NaN }, 0],
  [{ selfPaid: 1 }, -5],
  [{ selfPaid: 1 }, 0.5],
])('refuses amounts that are not whole non-negative 元: %j, paid %d', (amounts, paid) => {
  expect(() => computePayout('illness', amounts, paid)).toThrow(RangeError);
});

test.each<[number, string]>([
  [0, '0.00'],
  [150_000, '1500.00'],
  [30, '0.30'],
  [145_005, '1450.05'],
])('fenText(%i) = %s', (fen, text) => {
  expect(fenText(fen)).toBe(text);
});
