import { Text, View } from '@tarojs/components';
import type { Decision } from '@shared/review-workflow/workflow-definition';
import '../risk-work/risk-work.css';

/**
 * 通过 / 退回补充 / 不予通过 of a review panel, as the stage allows; the one being sent says
 * 正在提交…. Test ids are `<prefix>-approve|return|reject`.
 */
export function DecisionButtons({
  prefix,
  approveText,
  mayReturn,
  mayReject,
  sending,
  onDecide,
}: {
  prefix: string;
  approveText: string;
  mayReturn: boolean;
  mayReject: boolean;
  /** The decision being sent, if any. */
  sending: Decision | null;
  onDecide: (decision: Decision) => void;
}) {
  const text = (d: Decision, idle: string) => (sending === d ? '正在提交…' : idle);
  return (
    <View className="psv-risk-actions">
      <View
        className="psv-button psv-button--primary"
        data-testid={`${prefix}-approve`}
        onClick={() => onDecide('approve')}
      >
        <Text>{text('approve', approveText)}</Text>
      </View>
      {mayReturn && (
        <View
          className="psv-button"
          data-testid={`${prefix}-return`}
          onClick={() => onDecide('return')}
        >
          <Text>{text('return', '退回补充')}</Text>
        </View>
      )}
      {mayReject && (
        <View
          className="psv-button"
          data-testid={`${prefix}-reject`}
          onClick={() => onDecide('reject')}
        >
          <Text>{text('reject', '不予通过')}</Text>
        </View>
      )}
    </View>
  );
}
