import { Text, View } from '@tarojs/components';
import { instantText, localDateText } from '../risk-work/risk-work-labels';
import '../risk-work/risk-work.css';

/** One fact of a case: a label and its value on one line. */
export function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: string;
  testId?: string;
}) {
  return (
    <View className="psv-risk-kv" data-testid={testId}>
      <Text className="psv-risk-kv__key">{label}</Text>
      <Text className="psv-risk-kv__value">{children}</Text>
    </View>
  );
}

interface Decisions<L extends string> {
  returnNote: string | null;
  rejection: {
    at: string;
    level: L;
    reason: string;
    appealTo: L | null;
    appealBy: string | null;
  } | null;
  appeal: { at: string; reason: string; toLevel: L } | null;
}

/**
 * 退回 / 不予通过 (with where and by when the family may appeal) / 复核 of a case, as notices.
 * Test ids `<prefix>-return-note`, `<prefix>-rejection`, `<prefix>-appeal`.
 */
export function DecisionNotices<L extends string>({
  view,
  levelLabel,
  prefix,
}: {
  view: Decisions<L>;
  levelLabel: Record<L, string>;
  prefix: string;
}) {
  const { returnNote, rejection, appeal } = view;
  return (
    <>
      {returnNote && (
        <View className="psv-notice" data-testid={`${prefix}-return-note`}>
          已退回，要农户补充：{returnNote}
        </View>
      )}
      {rejection && (
        <View className="psv-notice" data-testid={`${prefix}-rejection`}>
          {levelLabel[rejection.level]}不予通过（{instantText(rejection.at)}）：{rejection.reason}
          {rejection.appealTo && rejection.appealBy
            ? ` 农户可在 ${localDateText(rejection.appealBy)} 前向${levelLabel[rejection.appealTo]}申请复核。`
            : ''}
        </View>
      )}
      {appeal && (
        <View className="psv-notice" data-testid={`${prefix}-appeal`}>
          农户于 {instantText(appeal.at)} 申请复核（到{levelLabel[appeal.toLevel]}）：
          {appeal.reason}
        </View>
      )}
    </>
  );
}
