import { useEffect, useRef } from 'react';
import { View } from '@tarojs/components';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import { useSession } from '../session/use-session';
import { ProfileForm } from './profile-form';

/** 完善资料 for whoever is signed in, starting from what `users.me` says is on file. */
export function ProfileScreen() {
  const { signedIn, session } = useSession();
  const me = useRemoteData(() => api.users.me({}), signedIn);
  const userKey = session?.userId ?? null;
  const shownFor = useRef(userKey);
  const { reload } = me;
  // Someone else logged in on this phone: read their profile, not the last person's.
  useEffect(() => {
    if (shownFor.current === userKey) return;
    shownFor.current = userKey;
    if (signedIn) reload();
  }, [userKey, signedIn, reload]);
  if (!signedIn) return <SignInPrompt reason="请先登录，再填写资料。" />;
  if (me.state === 'loading') return <LoadingState />;
  if (me.state === 'error')
    return <ErrorState message={me.error.message} code={me.error.code} onRetry={me.reload} />;
  return (
    <View>
      <View className="psv-text-secondary">
        填好姓名、手机号和所在的村，办事时村里才能联系到您、核对您的信息。
      </View>
      {/* A new login on this phone starts a fresh form: nothing of the last person's typing. */}
      <ProfileForm key={session?.userId ?? 'platform'} me={me.data} />
    </View>
  );
}
