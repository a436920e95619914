import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyRole } from '../session/use-my-role';
import { WORKBENCH_PATH, isOfficial } from './official-roles';

/** The 工作台 entry, shown only to cadre-type roles (villagers never see it). */
export function WorkbenchEntry({ variant }: { variant: 'tile' | 'button' }) {
  const role = useMyRole();
  if (!isOfficial(role)) return null;
  const open = () => void Taro.navigateTo({ url: WORKBENCH_PATH });
  if (variant === 'button') {
    return (
      <View className="psv-button psv-button--primary" data-testid="workbench-entry" onClick={open}>
        <Text>工作台（户情管理）</Text>
      </View>
    );
  }
  return (
    <View className="psv-grid">
      <View className="psv-grid__item" data-testid="workbench-entry" onClick={open}>
        <Text className="psv-grid__title">工作台</Text>
        <Text className="psv-text-secondary">待办、农户查找、统计和导出</Text>
      </View>
    </View>
  );
}
