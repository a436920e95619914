import type { AmountKey, ClaimScheme, ClaimType } from './claim-schemes';
import { AMOUNT_LABELS, DEMO_CLAIM_SCHEME } from './claim-schemes';

/** The amounts a family entered, whole 元; keys the type does not take are ignored. */
export type ClaimAmounts = Partial<Record<AmountKey, number>>;

/** One line of the payout, so the family and the reviewers see how the number came about. */
export type PayoutLine =
  /** An amount the family entered, added or subtracted. */
  | { kind: 'amount'; key: AmountKey; label: string; sign: 'add' | 'subtract'; amount: number }
  /** What the rule pays on (never below 0: grants above the costs leave nothing). */
  | { kind: 'base'; label: string; amount: number }
  /** The deductible, and what remains after it. */
  | { kind: 'deductible'; amount: number; remainder: number }
  /**
   * One progressive slice: `base` 元 of the remainder (from `from` to `to`; `to` null = the
   * rest) at `ratePercent`. `amountFen` is exact; slices are only rounded down once, in the total.
   */
  | {
      kind: 'slice';
      from: number;
      to: number | null;
      base: number;
      ratePercent: number;
      amountFen: number;
    }
  /** The slices added up, rounded down to the 元. */
  | { kind: 'subtotal'; amount: number }
  /** The yearly cap, what the household was already paid this year, and what was left of it. */
  | { kind: 'cap'; yearlyCap: number; paidThisYear: number; left: number; applied: boolean };

export interface PayoutResult {
  /** Whole 元, rounded down. */
  payout: number;
  lines: PayoutLine[];
}

function wholeYuan(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} must be a whole, non-negative number of 元 (got ${n})`);
  return n;
}

/**
 * The payout of a claim under `scheme`, with its lines. Pure and exact: amounts are whole 元 and
 * rates whole percent, so each slice is computed in fen without rounding, and the total is
 * rounded down to the 元 once. `paidThisYear` is what the household was already paid this year
 * for claims sharing the cap (`typesSharingCap`); it counts against the cap.
 */
export function computePayout(
  type: ClaimType,
  amounts: ClaimAmounts,
  paidThisYear = 0,
  scheme: ClaimScheme = DEMO_CLAIM_SCHEME,
): PayoutResult {
  const def = scheme.types[type];
  const { rule } = def;
  const lines: PayoutLine[] = [];

  let gross = 0;
  for (const term of def.amounts) {
    const amount = wholeYuan(amounts[term.key] ?? 0, term.key);
    lines.push({
      kind: 'amount',
      key: term.key,
      label: AMOUNT_LABELS[term.key].label,
      sign: term.sign,
      amount,
    });
    gross += term.sign === 'add' ? amount : -amount;
  }
  const base = Math.max(0, gross);
  lines.push({ kind: 'base', label: def.baseLabel, amount: base });

  const remainder = Math.max(0, base - rule.deductible);
  lines.push({ kind: 'deductible', amount: rule.deductible, remainder });

  let from = 0;
  let totalFen = 0;
  for (const band of rule.bands) {
    if (from >= remainder) break;
    const to = band.width === null ? null : from + band.width;
    const sliceBase = (to === null ? remainder : Math.min(remainder, to)) - from;
    // sliceBase 元 × ratePercent / 100 = sliceBase × ratePercent fen, exactly.
    const amountFen = sliceBase * band.ratePercent;
    lines.push({
      kind: 'slice',
      from,
      to,
      base: sliceBase,
      ratePercent: band.ratePercent,
      amountFen,
    });
    totalFen += amountFen;
    if (to === null) break;
    from = to;
  }
  const subtotal = Math.floor(totalFen / 100);
  lines.push({ kind: 'subtotal', amount: subtotal });

  const paid = wholeYuan(paidThisYear, 'paidThisYear');
  const left = Math.max(0, rule.yearlyCap - paid);
  const payout = Math.min(subtotal, left);
  lines.push({
    kind: 'cap',
    yearlyCap: rule.yearlyCap,
    paidThisYear: paid,
    left,
    applied: payout < subtotal,
  });
  return { payout, lines };
}

/** A slice's amount for people: 1500 fen → 「15.00」, shown beside whole-元 lines. */
export function fenText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
