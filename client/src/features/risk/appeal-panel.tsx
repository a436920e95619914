import { AppealBox } from '../appeals/appeal-box';
import type { RiskReportView } from './risk-api';
import { LEVEL_WORD } from './risk-levels';
import { useReportOutbox } from './use-report-outbox';

/**
 * 不通过 → 申请复核: the reason, where the appeal goes (「会交给镇上复核」), and the button —
 * only while the server says the family may (`can.appeal`, once). Sent through the outbox.
 */
export function AppealPanel({ report }: { report: RiskReportView }) {
  const { waiting, failed, enqueue } = useReportOutbox('appeal', report.reportId);
  const rejection = report.rejection;
  if (report.status !== 'rejected' || !rejection) return null;
  return (
    <AppealBox
      prefix="risk"
      draftName={`risk-appeal.${report.reportId}`}
      byWord={LEVEL_WORD[rejection.level]}
      reason={rejection.reason}
      goesTo={rejection.appealTo ? LEVEL_WORD[rejection.appealTo] : null}
      canAppeal={report.can.appeal}
      waiting={waiting !== null}
      failedMessage={failed ? (failed.lastError?.message ?? '') : null}
      placeholder="比如：家里的病人还在住院，花了很多钱"
      onSend={(reason) =>
        enqueue({
          fn: 'risk',
          action: 'appeal',
          payload: { reportId: report.reportId, expectedVersion: report.version, reason },
          label: `申请复核：${report.subjectName}`,
          keyPrefix: 'riskap',
        })
      }
    />
  );
}
