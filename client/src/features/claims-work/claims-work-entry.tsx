import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyRole } from '../session/use-my-role';
import { CLAIMS_QUEUE_PATH, CLAIMS_STATS_PATH } from './claims-work-paths';

/** On the 工作台: the way into 防贫保险理赔 (待办 by due date, and 统计). */
export function ClaimsWorkEntry() {
  return (
    <View className="psv-card" data-testid="claims-work-entry">
      <View className="psv-subtitle">防贫保险理赔</View>
      <View className="psv-text-secondary">
        村核材料、镇审核、保险公司查勘、市审定和公示赔付，按期限办理。
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="open-claims-queue"
        onClick={() => void Taro.navigateTo({ url: CLAIMS_QUEUE_PATH })}
      >
        <Text>理赔待办</Text>
      </View>
      <View
        className="psv-button"
        data-testid="open-claims-stats"
        onClick={() => void Taro.navigateTo({ url: CLAIMS_STATS_PATH })}
      >
        <Text>理赔统计</Text>
      </View>
    </View>
  );
}

/** On 我的 and 办事: the insurer's way in (the insurer has no 工作台). */
export function InsurerClaimsEntry({ variant }: { variant: 'tile' | 'button' }) {
  const role = useMyRole();
  if (role !== 'insurer') return null;
  const open = () => void Taro.navigateTo({ url: CLAIMS_QUEUE_PATH });
  if (variant === 'button') {
    return (
      <View
        className="psv-button psv-button--primary"
        data-testid="insurer-claims-entry"
        onClick={open}
      >
        <Text>理赔查勘和赔付（待办）</Text>
      </View>
    );
  }
  return (
    <View className="psv-grid">
      <View className="psv-grid__item" data-testid="insurer-claims-entry" onClick={open}>
        <Text className="psv-grid__title">理赔查勘和赔付</Text>
        <Text className="psv-text-secondary">待办、入户查勘、登记赔付</Text>
      </View>
      <View
        className="psv-grid__item"
        data-testid="insurer-claims-stats"
        onClick={() => void Taro.navigateTo({ url: CLAIMS_STATS_PATH })}
      >
        <Text className="psv-grid__title">理赔统计</Text>
        <Text className="psv-text-secondary">各环节、各种类、各村镇</Text>
      </View>
    </View>
  );
}
