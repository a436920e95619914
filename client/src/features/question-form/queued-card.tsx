import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

/**
 * After 提交 of a one-question-per-screen form: saved on the phone, sent by the outbox when the
 * network is there; then the list of what was filed, or a new one. `children` add a notice.
 */
export function QueuedCard({
  prefix,
  whatNext,
  mineLabel,
  minePath,
  newLabel,
  onNew,
  children,
}: {
  prefix: string;
  /** What happens once it is sent: 「村里会在 5 个工作日内上门核实」. */
  whatNext: string;
  mineLabel: string;
  minePath: string;
  newLabel: string;
  onNew: () => void;
  children?: React.ReactNode;
}) {
  return (
    <View className="psv-card psv-risk-queued" data-testid={`${prefix}-queued`} role="status">
      <View className="psv-risk-question">已保存，有网时会自动发送</View>
      <View>发出去以后，{whatNext}。网络不好也没关系，会自动重发，不会重复提交。</View>
      {children}
      <View
        className="psv-button psv-button--primary psv-risk-answer"
        data-testid={`${prefix}-go-mine`}
        onClick={() => void Taro.navigateTo({ url: minePath })}
      >
        <Text>{mineLabel}</Text>
      </View>
      <View className="psv-button" data-testid={`${prefix}-new`} onClick={onNew}>
        <Text>{newLabel}</Text>
      </View>
    </View>
  );
}
