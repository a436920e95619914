import { Button, Text, View } from '@tarojs/components';
import { AGREE_BUTTON_ID, type PrivacyState } from '../privacy-gate';
import { refusalMessage } from '../privacy-refusal';
import './privacy-sheet.css';

export interface PrivacySheetViewProps {
  state: PrivacyState;
  onAgree: (buttonId: string) => void;
  onDisagree: () => void;
  onDismiss: () => void;
  onOpenPolicy: () => void;
  onOpenContract: () => void;
  /** `inline`: drawn in the page (the 隐私政策 page itself), not over it. */
  variant?: 'sheet' | 'inline';
}

const POINTS: readonly { what: string; why: string }[] = [
  { what: '照片', why: '申报家里的难处、投稿老物件、入户走访时，您自己选的照片才会上传。' },
  { what: '扫码', why: '培训签到时扫老师屏幕上的二维码。' },
  { what: '复制', why: '复制报名名单或展品链接，方便发给别人。' },
  {
    what: '您填的信息',
    why: '姓名、身份证号、电话、家庭收入和健康情况，只给负责您家的村、镇、市干部看，用来帮扶。',
  },
];

/** The privacy sheet as drawn: what we ask for and why, 同意 / 拒绝, or the kind note after 拒绝. */
export function PrivacySheetView(props: PrivacySheetViewProps) {
  const { state } = props;
  if (state.phase === 'idle') return null;
  const inline = props.variant === 'inline';
  return (
    <View className={inline ? '' : 'psv-privacy-backdrop'}>
      <View
        className={inline ? 'psv-privacy-sheet psv-privacy-sheet--inline' : 'psv-privacy-sheet'}
        role="dialog"
        aria-label="隐私保护提示"
        data-testid="privacy-sheet"
        data-phase={state.phase}
        onClick={(e) => e.stopPropagation()}
      >
        {state.phase === 'asking' ? (
          <View>
            <View className="psv-privacy-sheet__title">用之前，请您看一下</View>
            <View className="psv-privacy-sheet__lead">
              <Text>下面这些功能要用到您的个人信息。微信规定，要先得到您的同意。</Text>
            </View>
            {!inline &&
              POINTS.map((p) => (
                <View key={p.what} className="psv-privacy-sheet__point">
                  <Text className="psv-privacy-sheet__what">{p.what}</Text>
                  <Text>{p.why}</Text>
                </View>
              ))}
            <View className="psv-privacy-sheet__links">
              <Text
                className="psv-privacy-link"
                data-testid="privacy-sheet-policy"
                onClick={props.onOpenPolicy}
              >
                《隐私政策》
              </Text>
              <Text
                className="psv-privacy-link"
                data-testid="privacy-sheet-contract"
                onClick={props.onOpenContract}
              >
                {state.contractName}
              </Text>
            </View>
            <View className="psv-privacy-sheet__actions">
              <Button
                id={AGREE_BUTTON_ID}
                className="psv-button psv-button--primary psv-privacy-sheet__agree"
                data-testid="privacy-agree"
                openType="agreePrivacyAuthorization"
                onAgreePrivacyAuthorization={() => props.onAgree(AGREE_BUTTON_ID)}
              >
                同意，继续
              </Button>
              <View
                className="psv-button"
                data-testid="privacy-disagree"
                onClick={props.onDisagree}
              >
                <Text>不同意</Text>
              </View>
            </View>
          </View>
        ) : (
          <View>
            <View className="psv-privacy-sheet__title">好的，不用这项功能</View>
            <View className="psv-privacy-sheet__lead" role="status">
              <Text>{refusalMessage(state.referrer)}</Text>
            </View>
            <View
              className="psv-button psv-button--primary"
              data-testid="privacy-dismiss"
              onClick={props.onDismiss}
            >
              <Text>知道了</Text>
            </View>
          </View>
        )}
      </View>
    </View>
  );
}
