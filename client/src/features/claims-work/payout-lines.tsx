import { View } from '@tarojs/components';
import { yuanText } from '../risk-work/risk-work-labels';
import type { PayoutLine } from './claims-work-api';

function fenText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest === 0
    ? yuanText(yuan)
    : `${yuan.toLocaleString('zh-CN')}.${String(rest).padStart(2, '0')} 元`;
}

/** One payout line in words, e.g. 「5,000 元 × 30% = 1,500 元」. */
export function payoutLineText(line: PayoutLine): string {
  switch (line.kind) {
    case 'amount':
      return `${line.sign === 'subtract' ? '减去' : ''}${line.label}：${yuanText(line.amount)}`;
    case 'base':
      return `${line.label}：${yuanText(line.amount)}`;
    case 'deductible':
      return `减去起付线 ${yuanText(line.amount)}，剩 ${yuanText(line.remainder)}`;
    case 'slice':
      return `${line.to === null ? `${line.from.toLocaleString('zh-CN')} 元以上` : `${line.from.toLocaleString('zh-CN')}–${line.to.toLocaleString('zh-CN')} 元`}这段 ${yuanText(line.base)} × ${line.ratePercent}% = ${fenText(line.amountFen)}`;
    case 'subtotal':
      return `合计（不足 1 元的舍去）：${yuanText(line.amount)}`;
    case 'cap':
      return `每户每年最多 ${yuanText(line.yearlyCap)}，今年已赔 ${yuanText(line.paidThisYear)}，还可赔 ${yuanText(line.left)}${line.applied ? '（已按封顶算）' : ''}`;
  }
}

/** What is left of the household's yearly cap, from the estimate's cap line (null if none). */
export function capLeftOf(lines: readonly PayoutLine[]): number | null {
  const cap = lines.find((l) => l.kind === 'cap');
  return cap && cap.kind === 'cap' ? cap.left : null;
}

/** How the estimate came about, line by line. */
export function PayoutLines({ lines }: { lines: readonly PayoutLine[] }) {
  if (lines.length === 0) return null;
  return (
    <View data-testid="claim-estimate-lines">
      {lines.map((line, i) => (
        <View
          key={`${line.kind}-${i}`}
          className="psv-text-secondary"
          data-testid="claim-estimate-line"
          data-kind={line.kind}
        >
          {payoutLineText(line)}
        </View>
      ))}
    </View>
  );
}
