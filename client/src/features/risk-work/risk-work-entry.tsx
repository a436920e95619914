import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { RISK_QUEUE_PATH, RISK_STATS_PATH } from './risk-work-paths';

/** On the 工作台: the way into 返贫风险监测 (待办 by due date, and 统计). */
export function RiskWorkEntry() {
  return (
    <View className="psv-card" data-testid="risk-work-entry">
      <View className="psv-subtitle">返贫风险监测</View>
      <View className="psv-text-secondary">
        农户申报、入户核实、审核审定和119帮扶，按期限办理。
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="open-risk-queue"
        onClick={() => void Taro.navigateTo({ url: RISK_QUEUE_PATH })}
      >
        <Text>返贫风险待办</Text>
      </View>
      <View
        className="psv-button"
        data-testid="open-risk-stats"
        onClick={() => void Taro.navigateTo({ url: RISK_STATS_PATH })}
      >
        <Text>返贫风险统计</Text>
      </View>
    </View>
  );
}
