import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import { LoadingState } from '../../components/page-state/page-state';
import { useMyRole } from '../session/use-my-role';
import { useSession } from '../session/use-session';
import { isTrainer } from './trainer-roles';
import { COURSE_LIST_PATH } from './training-paths';

/** Shows its children only to trainers and admins; others get a plain explanation. */
export function TrainerGate({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const role = useMyRole();
  if (!signedIn) {
    return <SignInPrompt reason="请先登录。" />;
  }
  if (role === null) return <LoadingState />;
  if (!isTrainer(role)) {
    return (
      <View className="psv-card" data-testid="not-trainer">
        <View className="psv-subtitle">这里是培训老师用的页面</View>
        <View
          className="psv-button psv-button--primary"
          onClick={() => void Taro.redirectTo({ url: COURSE_LIST_PATH })}
        >
          <Text>去看培训课程</Text>
        </View>
      </View>
    );
  }
  return <>{children}</>;
}
