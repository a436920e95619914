import { View } from '@tarojs/components';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { CaseItem } from '../../review-work/case-item';
import type { ReportSummary } from '../risk-work-api';
import { instantText, riskListText } from '../risk-work-labels';
import { RiskTags } from './risk-tags';

/** One report in 待办 / 全部: who, where, what, its tags and its due date. */
export function QueueItem({ item, onOpen }: { item: ReportSummary; onOpen: () => void }) {
  return (
    <CaseItem
      testId="risk-queue-item"
      data={{ 'data-report-id': item.reportId }}
      status={item.status}
      title={`${item.subjectName}${item.villageName ? `（${item.villageName}）` : ''}`}
      ariaLabel={`${item.subjectName}，${RISK_STATUS_LABEL[item.status]}`}
      deadline={item.deadline}
      footer={`提交于 ${instantText(item.submittedAt)}`}
      onOpen={onOpen}
    >
      <View data-testid="risk-status">{RISK_STATUS_LABEL[item.status]}</View>
      <View className="psv-text-secondary">困难：{riskListText(item.risks)}</View>
      <RiskTags report={item} />
    </CaseItem>
  );
}
