import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { LoadingState } from '../../components/page-state/page-state';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import { useMyRole } from '../session/use-my-role';
import { useSession } from '../session/use-session';
import { isClaimsWorker, type ClaimsWorkRole } from './claims-work-roles';

/** Shows its children to cadres and the insurer; families get a plain explanation. */
export function ClaimsWorkGate({ children }: { children: (role: ClaimsWorkRole) => ReactNode }) {
  const { signedIn } = useSession();
  const role = useMyRole();
  if (!signedIn) return <SignInPrompt reason="请先登录。" />;
  if (role === null) return <LoadingState />;
  if (!isClaimsWorker(role)) {
    return (
      <View className="psv-card" data-testid="not-claims-worker">
        <View className="psv-subtitle">这里是审核理赔的工作人员用的</View>
        <Text>您家的理赔进度，可以在“办事”里的“防贫保险理赔”查看。</Text>
      </View>
    );
  }
  return <>{children(role)}</>;
}
