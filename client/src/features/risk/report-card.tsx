import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PROXY_RELATIONS, RISK_TYPES } from '@shared/risk/risk-catalogue';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { AppealPanel } from './appeal-panel';
import { nextStepText } from './next-step-text';
import type { RiskReportView } from './risk-api';
import { spokenInstant } from './risk-dates';
import { riskReportPath } from './risk-paths';
import { RiskProgress } from './risk-progress';
import { RiskIcon } from './risk-type-cards';
import { ResubmitPanel } from './resubmit-panel';

/** 代为申报：马小明（子女）, or null for the family's own report. */
export function filedByText(report: RiskReportView): string | null {
  if (!report.proxy && !report.filedBy.relation) return null;
  const relation = report.filedBy.relation ? `（${PROXY_RELATIONS[report.filedBy.relation]}）` : '';
  return `代为申报：${report.filedBy.name}${relation}`;
}

export function statusTone(report: Pick<RiskReportView, 'status'>): string {
  if (report.status === 'rejected') return ' psv-risk-status--stopped';
  if (report.status === 'returned') return ' psv-risk-status--family';
  return '';
}

/** The next step in plain words, red when late, yellow when the family has to act. */
export function NextStepLine({ report }: { report: RiskReportView }) {
  const next = nextStepText(report);
  const tone = next.overdue
    ? ' psv-risk-next--overdue'
    : next.familyActs
      ? ' psv-risk-next--family'
      : '';
  return (
    <View className={`psv-risk-next${tone}`} data-testid="risk-next-step">
      <Text>下一步：{next.text}</Text>
    </View>
  );
}

/** One report in 我的申报: status, risks, progress, who filed, the next step and what to do. */
export function ReportCard({ report }: { report: RiskReportView }) {
  const byProxy = filedByText(report);
  const open = () => void Taro.navigateTo({ url: riskReportPath(report.reportId) });
  return (
    <View
      className="psv-card"
      data-testid="risk-report-card"
      data-report-id={report.reportId}
      data-status={report.status}
    >
      <View onClick={open}>
        <View className="psv-risk-card__head">
          <Text className="psv-subtitle">{report.subjectName}家</Text>
          <Text className={`psv-risk-status${statusTone(report)}`} data-testid="risk-status">
            {RISK_STATUS_LABEL[report.status]}
          </Text>
        </View>
        <View className="psv-risk-tags">
          {report.risks.map((r) => (
            <View key={r} className="psv-risk-tag">
              <RiskIcon risk={r} small />
              <Text>{RISK_TYPES[r].label}</Text>
            </View>
          ))}
          {report.urgent && (
            <View className="psv-risk-tag">
              <Text>绿色通道</Text>
            </View>
          )}
        </View>
        <RiskProgress report={report} />
        <NextStepLine report={report} />
        {byProxy && (
          <View className="psv-text-secondary" data-testid="risk-filed-by">
            {byProxy}
          </View>
        )}
        <View className="psv-text-secondary">
          {spokenInstant(report.submittedAt)} 提交{report.demo ? ' · 演示数据' : ''}
        </View>
      </View>
      <ResubmitPanel report={report} />
      <AppealPanel report={report} />
      <View className="psv-button" data-testid="risk-open-report" onClick={open}>
        <Text>看详细进度 ›</Text>
      </View>
    </View>
  );
}
