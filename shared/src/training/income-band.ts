/** Monthly income bands for the 劳务输出 statistics (yuan per month, lower bound inclusive). */
export const INCOME_BANDS = ['under_3000', '3000_4999', '5000_7999', '8000_up'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

export const INCOME_BAND_LABEL: Record<IncomeBand, string> = {
  under_3000: '3000 元以下',
  '3000_4999': '3000–4999 元',
  '5000_7999': '5000–7999 元',
  '8000_up': '8000 元及以上',
};

export function incomeBandOf(monthlyIncome: number): IncomeBand {
  if (monthlyIncome < 3000) return 'under_3000';
  if (monthlyIncome < 5000) return '3000_4999';
  if (monthlyIncome < 8000) return '5000_7999';
  return '8000_up';
}
