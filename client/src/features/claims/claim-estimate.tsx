import { Text, View } from '@tarojs/components';
import { DEMO_CLAIM_SCHEME } from '@shared/claims/claim-schemes';
import { fenText, type PayoutLine } from '@shared/claims/payout-rule';
import { yuanText } from './claim-words';

/** One line of the payout in plain words. */
export function payoutLineText(line: PayoutLine): string {
  switch (line.kind) {
    case 'amount':
      return `${line.sign === 'subtract' ? '减去' : ''}${line.label}：${yuanText(line.amount)}`;
    case 'base':
      return `按${line.label}算：${yuanText(line.amount)}`;
    case 'deductible':
      return `先减去起付的 ${yuanText(line.amount)}，剩下 ${yuanText(line.remainder)}`;
    case 'slice':
      return `其中 ${yuanText(line.base)} 赔 ${line.ratePercent}%：${fenText(line.amountFen)} 元`;
    case 'subtotal':
      return `加起来：${yuanText(line.amount)}（不到 1 元的不算）`;
    case 'cap':
      return line.applied
        ? `每户每年最多赔 ${yuanText(line.yearlyCap)}，今年还能赔 ${yuanText(line.left)}`
        : `每户每年最多赔 ${yuanText(line.yearlyCap)}`;
  }
}

/**
 * 「预计可赔约 X 元，以审核为准」 with the lines of the rule, so the family sees how the number
 * came about. The demo scheme says it is one.
 */
export function ClaimEstimate({
  payout,
  lines,
  title = '预计可赔',
}: {
  payout: number;
  lines: readonly PayoutLine[];
  title?: string;
}) {
  return (
    <View className="psv-risk-panel" data-testid="claim-estimate" data-payout={payout}>
      <View className="psv-risk-question" data-testid="claim-estimate-total">
        {title}约 {yuanText(payout)}，以审核为准
      </View>
      <View data-testid="claim-estimate-lines">
        {lines.map((line, i) => (
          <View key={`${line.kind}-${i}`} className="psv-text-secondary" data-kind={line.kind}>
            <Text>{payoutLineText(line)}</Text>
          </View>
        ))}
      </View>
      {DEMO_CLAIM_SCHEME.isDemo && (
        <View className="psv-text-secondary" data-testid="claim-demo-scheme">
          {DEMO_CLAIM_SCHEME.note}
        </View>
      )}
    </View>
  );
}
