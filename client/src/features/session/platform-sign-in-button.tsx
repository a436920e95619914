import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { signInWithPlatform } from './platform-sign-in';

/** weapp: log in with the WeChat identity (after a 退出登录, or when the app could not yet ask). */
export function PlatformSignIn({ onLoggedIn }: { onLoggedIn: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signIn = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void signInWithPlatform().then((r) => {
      setBusy(false);
      if (r.ok) onLoggedIn();
      else setError(r.error.message);
    });
  };
  return (
    <View className="psv-card">
      <Text>在微信里用您的微信身份登录，不需要填写账号密码。</Text>
      {error && (
        <View className="psv-field__error" role="alert">
          <Text>{error}</Text>
        </View>
      )}
      <View className="psv-button psv-button--primary" onClick={signIn}>
        <Text>{busy ? '正在登录…' : '用微信身份登录'}</Text>
      </View>
    </View>
  );
}
