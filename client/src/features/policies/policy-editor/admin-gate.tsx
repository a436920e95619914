import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { LoadingState } from '../../../components/page-state/page-state';
import { SignInPrompt } from '../../../components/sign-in-prompt/sign-in-prompt';
import { useMyRole } from '../../session/use-my-role';
import { useSession } from '../../session/use-session';
import { canEditPolicies } from './can-edit-policies';

/** Shows its children only to 乡村振兴局 admins (policies `upsert` is theirs alone). */
export function AdminGate({ children }: { children: ReactNode }) {
  const { signedIn } = useSession();
  const role = useMyRole();
  if (!signedIn) return <SignInPrompt reason="请先登录。" />;
  if (role === null) return <LoadingState />;
  if (!canEditPolicies(role))
    return (
      <View className="psv-card" data-testid="not-admin">
        <View className="psv-subtitle">只有管理员能修改政策</View>
        <View className="psv-text-secondary">政策内容由市乡村振兴局统一发布。</View>
      </View>
    );
  return <>{children}</>;
}
