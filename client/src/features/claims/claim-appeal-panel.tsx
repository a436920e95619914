import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useDraft } from '../drafts/use-draft';
import { spokenDate } from '../risk/risk-dates';
import { CLAIM_LEVEL_WORD } from './claim-words';
import type { ClaimView } from './claims-api';
import { useClaimOutbox } from './use-claim-outbox';

const REASON_MIN = 4;
const REASON_MAX = 300;
const isReason = (v: unknown): v is { reason: string } =>
  typeof v === 'object' && v !== null && typeof (v as { reason?: unknown }).reason === 'string';

/**
 * 未通过 → 申请复核: the reason, where the appeal goes (「会交给镇上复核」), and the button — only
 * while the server says the family may (`can.appeal`, once). Sent through the outbox.
 */
export function ClaimAppealPanel({ claim }: { claim: ClaimView }) {
  const { waiting, failed, enqueue } = useClaimOutbox('appeal', claim.claimId);
  const draft = useDraft(`claim-appeal.${claim.claimId}`, { reason: '' }, isReason);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rejection = claim.rejection;
  if (claim.status !== 'rejected' || !rejection) return null;
  const goesTo = rejection.appealTo ? CLAIM_LEVEL_WORD[rejection.appealTo] : null;

  const send = () => {
    const reason = draft.value.reason.trim();
    if (reason.length < REASON_MIN)
      return setProblem(`请至少写 ${REASON_MIN} 个字，说说为什么不同意`);
    if (reason.length > REASON_MAX) return setProblem(`最多写 ${REASON_MAX} 个字`);
    enqueue({
      fn: 'claims',
      action: 'appeal',
      payload: { claimId: claim.claimId, expectedVersion: claim.version, reason },
      label: `理赔申请复核：${claim.subjectName}`,
      keyPrefix: 'claimap',
    });
    draft.clear();
    setOpen(false);
  };

  return (
    <View className="psv-risk-panel" data-testid="claim-rejection">
      <View className="psv-field__label">{CLAIM_LEVEL_WORD[rejection.level]}没有通过的原因：</View>
      <View className="psv-risk-hint" data-testid="claim-rejection-reason">
        {rejection.reason}
      </View>
      {waiting && (
        <View className="psv-notice" role="status" data-testid="claim-appeal-queued">
          <Text>复核申请已保存，有网时会自动发送{goesTo ? `，会交给${goesTo}复核` : ''}。</Text>
        </View>
      )}
      {failed && !waiting && (
        <View className="psv-field__error">
          {failed.lastError?.message ?? '复核申请没有成功。'}
        </View>
      )}
      {claim.can.appeal && !waiting && !open && (
        <View>
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="claim-appeal-open"
            onClick={() => setOpen(true)}
          >
            <Text>申请复核</Text>
          </View>
          {goesTo && (
            <View className="psv-text-secondary" data-testid="claim-appeal-where">
              会交给{goesTo}复核，只能申请一次
              {rejection.appealBy ? `，请在${spokenDate(rejection.appealBy)}前申请` : ''}。
            </View>
          )}
        </View>
      )}
      {claim.can.appeal && !waiting && open && (
        <View data-testid="claim-appeal-form">
          <View className="psv-field__label">您为什么不同意？</View>
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid="claim-appeal-reason"
            name="reason"
            value={draft.value.reason}
            maxlength={REASON_MAX}
            placeholder="比如：自付的钱算少了，结算单上写着 4 万元"
            onInput={(e) => {
              setProblem(null);
              draft.update({ reason: e.detail.value });
            }}
          />
          {problem && (
            <View className="psv-field__error" role="alert" data-testid="claim-appeal-problem">
              {problem}
            </View>
          )}
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="claim-appeal-send"
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
