import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import type { Role } from '@shared/auth/roles';
import { LoadingState } from '../../components/page-state/page-state';
import { useMyRole } from '../session/use-my-role';
import { useSession } from '../session/use-session';
import { isOfficial, type OfficialRole } from './official-roles';

/** Shows its children only to cadres; villagers get a plain explanation and a way back. */
export function OfficialGate({ children }: { children: (role: OfficialRole) => ReactNode }) {
  const { signedIn } = useSession();
  const role: Role | null = useMyRole();
  if (!signedIn) {
    return <SignInPrompt reason="请先登录。" />;
  }
  if (role === null) return <LoadingState />;
  if (!isOfficial(role)) {
    return (
      <View className="psv-card" data-testid="not-official">
        <View className="psv-subtitle">这里是村干部和工作人员用的工作台</View>
        <Text>您家的档案和办事记录，可以在“我的家”里看。</Text>
        <View
          className="psv-button psv-button--primary"
          onClick={() => void Taro.redirectTo({ url: '/packages/households/pages/index/index' })}
        >
          <Text>去我的家</Text>
        </View>
      </View>
    );
  }
  return <>{children(role)}</>;
}
