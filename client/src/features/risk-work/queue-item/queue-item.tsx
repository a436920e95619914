import { Text, View } from '@tarojs/components';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { DeadlineMark } from '../deadline-mark';
import type { ReportSummary } from '../risk-work-api';
import { instantText, riskListText } from '../risk-work-labels';
import { RiskTags } from './risk-tags';
import '../risk-work.css';

/** One report in 待办 / 全部: who, where, what, its tags and its due date. */
export function QueueItem({ item, onOpen }: { item: ReportSummary; onOpen: () => void }) {
  const overdue = item.deadline?.overdue === true;
  return (
    <View
      className={`psv-risk-item${overdue ? ' psv-risk-item--overdue' : ''}`}
      data-testid="risk-queue-item"
      data-report-id={item.reportId}
      data-status={item.status}
      data-overdue={overdue ? 'yes' : 'no'}
      onClick={onOpen}
      aria-label={`${item.subjectName}，${RISK_STATUS_LABEL[item.status]}${overdue ? '，已超期' : ''}`}
    >
      <View className="psv-risk-item__head">
        <Text>
          {item.subjectName}
          {item.villageName ? `（${item.villageName}）` : ''}
        </Text>
        <Text className="psv-text-secondary">查看 ›</Text>
      </View>
      <View data-testid="risk-status">{RISK_STATUS_LABEL[item.status]}</View>
      <View className="psv-text-secondary">困难：{riskListText(item.risks)}</View>
      <RiskTags report={item} />
      {item.deadline ? (
        <DeadlineMark deadline={item.deadline} />
      ) : (
        <View className="psv-text-secondary">暂无期限</View>
      )}
      <View className="psv-text-secondary">提交于 {instantText(item.submittedAt)}</View>
    </View>
  );
}
