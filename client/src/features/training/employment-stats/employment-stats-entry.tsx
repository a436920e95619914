import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyRole } from '../../session/use-my-role';
import { mayReadEmploymentStats } from '../trainer-roles';
import { EMPLOYMENT_STATS_PATH } from '../training-paths';

/** 劳务输出统计 entry on 办事, for cadres and admins only. */
export function EmploymentStatsEntry() {
  const role = useMyRole();
  if (!mayReadEmploymentStats(role)) return null;
  return (
    <View className="psv-grid">
      <View
        className="psv-grid__item"
        data-testid="employment-stats-entry"
        onClick={() => void Taro.navigateTo({ url: EMPLOYMENT_STATS_PATH })}
      >
        <Text className="psv-grid__title">劳务输出统计</Text>
        <Text className="psv-text-secondary">培训后就业人数、去向、收入</Text>
      </View>
    </View>
  );
}
