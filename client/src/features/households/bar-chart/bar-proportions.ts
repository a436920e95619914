/** One bar of a stacked bar chart: a label and its parts. */
export interface BarRow<K extends string> {
  key: string;
  label: string;
  parts: Record<K, number>;
}

export interface BarSegment<K extends string> {
  part: K;
  count: number;
  /** Width in percent of the chart's track; the longest bar's segments add up to 100. */
  percent: number;
}

export interface BarLayout<K extends string> {
  key: string;
  label: string;
  total: number;
  /** The whole bar's width in percent of the track. */
  percent: number;
  segments: BarSegment<K>[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Widths for a stacked bar chart drawn with plain boxes: every bar is scaled against the
 * largest total, so bars compare across rows. Negative or non-finite counts count as 0; an
 * all-zero chart has zero-width bars rather than NaN.
 */
export function barLayout<K extends string>(
  rows: readonly BarRow<K>[],
  order: readonly K[],
): BarLayout<K>[] {
  const clean = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  const totals = rows.map((row) => order.reduce((sum, part) => sum + clean(row.parts[part]), 0));
  const max = Math.max(0, ...totals);
  return rows.map((row, i) => {
    const total = totals[i] ?? 0;
    return {
      key: row.key,
      label: row.label,
      total,
      percent: max === 0 ? 0 : round2((total / max) * 100),
      segments: order.map((part) => {
        const count = clean(row.parts[part]);
        return { part, count, percent: max === 0 ? 0 : round2((count / max) * 100) };
      }),
    };
  });
}
