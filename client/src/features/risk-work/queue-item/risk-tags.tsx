import { Text, View } from '@tarojs/components';
import type { ReportSummary } from '../risk-work-api';

/** 绿色通道 / 复议 / 代申报 / 演示 tags of a report. */
export function RiskTags({
  report,
}: {
  report: Pick<ReportSummary, 'urgent' | 'isAppeal' | 'proxy' | 'demo'>;
}) {
  if (!report.urgent && !report.isAppeal && !report.proxy && !report.demo) return null;
  return (
    <View className="psv-risk-tags" data-testid="risk-tags">
      {report.urgent && (
        <Text className="psv-risk-tag psv-risk-tag--urgent" data-tag="urgent">
          绿色通道
        </Text>
      )}
      {report.isAppeal && (
        <Text className="psv-risk-tag psv-risk-tag--appeal" data-tag="appeal">
          复议
        </Text>
      )}
      {report.proxy && (
        <Text className="psv-risk-tag psv-risk-tag--proxy" data-tag="proxy">
          代申报
        </Text>
      )}
      {report.demo && (
        <Text className="psv-risk-tag" data-tag="demo">
          演示
        </Text>
      )}
    </View>
  );
}
