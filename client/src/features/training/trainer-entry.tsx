import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyRole } from '../session/use-my-role';
import { isTrainer } from './trainer-roles';
import { TRAINER_PATH } from './training-paths';

/** 培训管理 entry on 办事 and 我的, shown to trainers and admins only. */
export function TrainerEntry({ variant }: { variant: 'tile' | 'button' }) {
  const role = useMyRole();
  if (!isTrainer(role)) return null;
  const open = () => void Taro.navigateTo({ url: TRAINER_PATH });
  if (variant === 'button') {
    return (
      <View className="psv-button psv-button--primary" data-testid="trainer-entry" onClick={open}>
        <Text>培训管理（名单、签到码、结业）</Text>
      </View>
    );
  }
  return (
    <View className="psv-grid">
      <View className="psv-grid__item" data-testid="trainer-entry" onClick={open}>
        <Text className="psv-grid__title">培训管理</Text>
        <Text className="psv-text-secondary">学员名单、签到码、结业发证</Text>
      </View>
    </View>
  );
}
