import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useDraft } from '../drafts/use-draft';

const REASON_MIN = 4;
const REASON_MAX = 300;
const isReason = (v: unknown): v is { reason: string } =>
  typeof v === 'object' && v !== null && typeof (v as { reason?: unknown }).reason === 'string';

/**
 * 不通过 → 申请复核, for a family's case of any programme: who did not pass it and why, where an
 * appeal goes (「会交给镇上复核」), and the reason (a per-person draft) — offered only while the
 * server allows it (`canAppeal`, once). `onSend` queues it in the outbox. Test ids start with
 * `prefix`.
 */
export function AppealBox({
  prefix,
  draftName,
  byWord,
  reason,
  goesTo,
  deadlineText = '',
  canAppeal,
  waiting,
  failedMessage,
  placeholder,
  onSend,
}: {
  prefix: string;
  draftName: string;
  /** Who did not pass it: 村里 / 镇上 / 市里 / 保险公司. */
  byWord: string;
  reason: string;
  goesTo: string | null;
  /** Said after 只能申请一次: 「，请在12月17日前申请」. */
  deadlineText?: string;
  canAppeal: boolean;
  /** An appeal of this case is queued and not yet sent. */
  waiting: boolean;
  failedMessage: string | null;
  placeholder: string;
  onSend: (reason: string) => void;
}) {
  const draft = useDraft(draftName, { reason: '' }, isReason);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = () => {
    const text = draft.value.reason.trim();
    if (text.length < REASON_MIN)
      return setProblem(`请至少写 ${REASON_MIN} 个字，说说为什么不同意`);
    if (text.length > REASON_MAX) return setProblem(`最多写 ${REASON_MAX} 个字`);
    onSend(text);
    draft.clear();
    setOpen(false);
  };

  return (
    <View className="psv-risk-panel" data-testid={`${prefix}-rejection`}>
      <View className="psv-field__label">{byWord}没有通过的原因：</View>
      <View className="psv-risk-hint" data-testid={`${prefix}-rejection-reason`}>
        {reason}
      </View>
      {waiting && (
        <View className="psv-notice" role="status" data-testid={`${prefix}-appeal-queued`}>
          <Text>复核申请已保存，有网时会自动发送{goesTo ? `，会交给${goesTo}复核` : ''}。</Text>
        </View>
      )}
      {failedMessage !== null && !waiting && (
        <View className="psv-field__error">{failedMessage || '复核申请没有成功。'}</View>
      )}
      {canAppeal && !waiting && !open && (
        <View>
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid={`${prefix}-appeal-open`}
            onClick={() => setOpen(true)}
          >
            <Text>申请复核</Text>
          </View>
          {goesTo && (
            <View className="psv-text-secondary" data-testid={`${prefix}-appeal-where`}>
              会交给{goesTo}复核，只能申请一次{deadlineText}。
            </View>
          )}
        </View>
      )}
      {canAppeal && !waiting && open && (
        <View data-testid={`${prefix}-appeal-form`}>
          <View className="psv-field__label">您为什么不同意？</View>
          {goesTo && <View className="psv-text-secondary">会交给{goesTo}复核。</View>}
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid={`${prefix}-appeal-reason`}
            name="reason"
            value={draft.value.reason}
            maxlength={REASON_MAX}
            placeholder={placeholder}
            onInput={(e) => {
              setProblem(null);
              draft.update({ reason: e.detail.value });
            }}
          />
          {problem && (
            <View
              className="psv-field__error"
              role="alert"
              data-testid={`${prefix}-appeal-problem`}
            >
              {problem}
            </View>
          )}
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid={`${prefix}-appeal-send`}
            onClick={send}
          >
            <Text>提交复核申请</Text>
          </View>
          <View className="psv-button" onClick={() => setOpen(false)}>
            <Text>先不申请</Text>
          </View>
        </View>
      )}
    </View>
  );
}
