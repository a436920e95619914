import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useDraft } from '../drafts/use-draft';
import type { RiskReportView } from './risk-api';
import { LEVEL_WORD } from './risk-levels';
import { useReportOutbox } from './use-report-outbox';

const REASON_MIN = 4;
const REASON_MAX = 300;
const isReason = (v: unknown): v is { reason: string } =>
  typeof v === 'object' && v !== null && typeof (v as { reason?: unknown }).reason === 'string';

/**
 * 不通过 → 申请复核: the reason, where the appeal goes (「会交给镇上复核」), and the button —
 * only while the server says the family may (`can.appeal`, once). Sent through the outbox.
 */
export function AppealPanel({ report }: { report: RiskReportView }) {
  const { waiting, failed, enqueue } = useReportOutbox('appeal', report.reportId);
  const draft = useDraft(`risk-appeal.${report.reportId}`, { reason: '' }, isReason);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rejection = report.rejection;
  if (report.status !== 'rejected' || !rejection) return null;
  const goesTo = rejection.appealTo ? LEVEL_WORD[rejection.appealTo] : null;

  const send = () => {
    const reason = draft.value.reason.trim();
    if (reason.length < REASON_MIN)
      return setProblem(`请至少写 ${REASON_MIN} 个字，说说为什么不同意`);
    if (reason.length > REASON_MAX) return setProblem(`最多写 ${REASON_MAX} 个字`);
    enqueue({
      fn: 'risk',
      action: 'appeal',
      payload: { reportId: report.reportId, expectedVersion: report.version, reason },
      label: `申请复核：${report.subjectName}`,
      keyPrefix: 'riskap',
    });
    draft.clear();
    setOpen(false);
  };

  return (
    <View className="psv-risk-panel" data-testid="risk-rejection">
      <View className="psv-field__label">{LEVEL_WORD[rejection.level]}没有通过的原因：</View>
      <View className="psv-risk-hint" data-testid="risk-rejection-reason">
        {rejection.reason}
      </View>
      {waiting && (
        <View className="psv-notice" role="status" data-testid="risk-appeal-queued">
          <Text>复核申请已保存，有网时会自动发送{goesTo ? `，会交给${goesTo}复核` : ''}。</Text>
        </View>
      )}
      {failed && !waiting && (
        <View className="psv-field__error">
          {failed.lastError?.message ?? '复核申请没有成功。'}
        </View>
      )}
      {report.can.appeal && !waiting && !open && (
        <View>
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="risk-appeal-open"
            onClick={() => setOpen(true)}
          >
            <Text>申请复核</Text>
          </View>
          {goesTo && (
            <View className="psv-text-secondary" data-testid="risk-appeal-where">
              会交给{goesTo}复核，只能申请一次。
            </View>
          )}
        </View>
      )}
      {report.can.appeal && !waiting && open && (
        <View data-testid="risk-appeal-form">
          <View className="psv-field__label">您为什么不同意？</View>
          {goesTo && <View className="psv-text-secondary">会交给{goesTo}复核。</View>}
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid="risk-appeal-reason"
            value={draft.value.reason}
            maxlength={REASON_MAX}
            placeholder="比如：家里的病人还在住院，花了很多钱"
            onInput={(e) => {
              setProblem(null);
              draft.update({ reason: e.detail.value });
            }}
          />
          {problem && <View className="psv-field__error">{problem}</View>}
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="risk-appeal-send"
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
