import Taro from '@tarojs/taro';
import type { PrivacyGate } from '../privacy-gate';
import { PRIVACY_POLICY_PATH } from '../privacy-paths';
import { usePrivacyGate } from '../use-privacy-gate';
import { PrivacySheetView } from './privacy-sheet-view';

/**
 * WeChat's privacy question, on whatever page is on screen (PageShell renders this everywhere):
 * open while a privacy API waits for the villager's answer. Renders nothing on h5.
 */
export function PrivacySheet({
  gate,
  variant = 'sheet',
}: {
  gate?: PrivacyGate;
  variant?: 'sheet' | 'inline';
}) {
  const { state, gate: g } = usePrivacyGate(gate);
  if (state.phase === 'idle') return null;
  return (
    <PrivacySheetView
      state={state}
      variant={variant}
      onAgree={g.agree}
      onDisagree={g.disagree}
      onDismiss={g.dismiss}
      onOpenPolicy={() => void Taro.navigateTo({ url: PRIVACY_POLICY_PATH })}
      onOpenContract={() => {
        void g.openContract().then((opened) => {
          // Old WeChat without the contract page: our own policy says the same.
          if (!opened) void Taro.navigateTo({ url: PRIVACY_POLICY_PATH });
        });
      }}
    />
  );
}
