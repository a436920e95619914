import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { unsentOf, useLogout, type LogoutChoice } from '../use-logout';
import './logout-panel.css';

function unsentSentence(items: number, drafts: number): string {
  const parts = [
    ...(items > 0 ? [`${items} 条内容没发出去`] : []),
    ...(drafts > 0 ? [`${drafts} 份没写完的草稿`] : []),
  ];
  return `您还有 ${parts.join('，')}。`;
}

/**
 * 退出登录 on 我的: asks what to do with what this person has not sent (keep it for them —
 * nobody else sees it, it goes out when they log in again — or clear it); everything else of
 * theirs is cleared from the phone either way.
 */
export function LogoutPanel({ userId, onDone }: { userId: string; onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  const { busy, logout } = useLogout();
  const finish = (choice: LogoutChoice) => {
    if (busy) return;
    void logout(choice).then(() => {
      setOpen(false);
      onDone?.();
    });
  };
  const button = (
    <View className="psv-button" data-testid="logout" onClick={() => setOpen(true)}>
      <Text>退出登录</Text>
    </View>
  );
  if (!open) return button;
  const unsent = unsentOf(userId);
  const hasUnsent = unsent.items + unsent.drafts > 0;
  return (
    <View>
      {button}
      <View className="psv-sheet-backdrop" onClick={() => !busy && setOpen(false)}>
        <View
          className="psv-sheet"
          role="dialog"
          aria-label="退出登录"
          data-testid="logout-dialog"
          onClick={(e) => e.stopPropagation()}
        >
          <View className="psv-sheet__title">退出登录</View>
          {hasUnsent ? (
            <View>
              <View className="psv-sheet__lead">
                <Text>{unsentSentence(unsent.items, unsent.drafts)}</Text>
              </View>
              <View className="psv-text-secondary psv-sheet__note">
                保留的内容只有您自己再登录后才能看到，到时自动发送；别人用这台手机看不到。
              </View>
              <View
                className="psv-button psv-button--primary"
                data-testid="logout-keep"
                onClick={() => finish('keep')}
              >
                <Text>{busy ? '正在退出…' : '保留，等我再登录时发送'}</Text>
              </View>
              <View
                className="psv-button"
                data-testid="logout-clear"
                onClick={() => finish('clear')}
              >
                <Text>不要了，全部清除</Text>
              </View>
            </View>
          ) : (
            <View>
              <View className="psv-text-secondary psv-sheet__note">
                退出后，这台手机上您的提交记录、自查结果等都会清除，别人看不到。
              </View>
              <View
                className="psv-button psv-button--primary"
                data-testid="logout-confirm"
                onClick={() => finish('clear')}
              >
                <Text>{busy ? '正在退出…' : '退出登录'}</Text>
              </View>
            </View>
          )}
          <View className="psv-button" onClick={() => !busy && setOpen(false)}>
            <Text>取消</Text>
          </View>
        </View>
      </View>
    </View>
  );
}
