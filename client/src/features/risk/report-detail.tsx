import { useCallback } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { DISASTER_SUBTYPES, ELIMINATION_METHODS, RISK_TYPES } from '@shared/risk/risk-catalogue';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { exhibitImageUrl } from '../exhibits/exhibit-image-url';
import { AppealPanel } from './appeal-panel';
import { PlanView } from './plan-view';
import { NextStepLine, filedByText, statusTone } from './report-card';
import type { RiskReportView } from './risk-api';
import { spokenDate, spokenInstant } from './risk-dates';
import { LEVEL_WORD } from './risk-levels';
import { RiskProgress } from './risk-progress';
import { RiskIcon } from './risk-type-cards';
import { ResubmitPanel } from './resubmit-panel';
import { stepSentence } from './step-text';
import { useReloadOnRiskSent } from './use-risk-reload';
import './risk.css';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className="psv-risk-summary-row">
      <View className="psv-risk-summary-row__text">
        <View className="psv-text-secondary">{label}</View>
        <View className="psv-risk-summary-row__value">{children}</View>
      </View>
    </View>
  );
}

function Photos({ photos }: { photos: RiskReportView['photos'] }) {
  if (photos.length === 0) return null;
  return (
    <View className="psv-exhibit-thumbs">
      {photos.map((p) => (
        <View key={p.fileId} className="psv-exhibit-thumb">
          <Image
            className="psv-exhibit-thumb__image"
            src={exhibitImageUrl(p.url)}
            mode="aspectFill"
          />
        </View>
      ))}
    </View>
  );
}

/** The report page: where it stands, what was filed, who did what when, the visit, 公示, the 119 plan. */
export function ReportDetailView({ report }: { report: RiskReportView }) {
  const byProxy = filedByText(report);
  return (
    <View data-testid="risk-report-detail" data-status={report.status}>
      <View className="psv-card">
        <View className="psv-risk-card__head">
          <Text className="psv-subtitle">{report.subjectName}家</Text>
          <Text className={`psv-risk-status${statusTone(report)}`} data-testid="risk-status">
            {RISK_STATUS_LABEL[report.status]}
          </Text>
        </View>
        <RiskProgress report={report} />
        <NextStepLine report={report} />
        {report.status === 'resolved' && (
          <View className="psv-risk-resolved" data-testid="risk-resolved">
            <Text>风险已消除</Text>
          </View>
        )}
        <ResubmitPanel report={report} />
        <AppealPanel report={report} />
        {report.appeal && (
          <View className="psv-text-secondary" data-testid="risk-appeal-info">
            {spokenInstant(report.appeal.at)} 申请了复核（交给{LEVEL_WORD[report.appeal.toLevel]}
            ）：
            {report.appeal.reason}
          </View>
        )}
      </View>

      {report.plan ? (
        <View className="psv-card">
          <View className="psv-subtitle">119 帮扶</View>
          <PlanView plan={report.plan} />
        </View>
      ) : (
        report.planDeadline && (
          <View className="psv-card">
            <View className="psv-subtitle">119 帮扶</View>
            <View>帮扶计划正在制定，{spokenDate(report.planDeadline.dueOn)}前定好。</View>
          </View>
        )
      )}

      <View className="psv-card" data-testid="risk-steps">
        <View className="psv-subtitle">办理经过</View>
        {report.steps.map((step, i) => (
          <View key={`${step.at}-${i}`} className="psv-risk-timeline__item" data-kind={step.kind}>
            <View className="psv-text-secondary">{spokenInstant(step.at)}</View>
            <View className="psv-risk-timeline__what">{stepSentence(step)}</View>
          </View>
        ))}
      </View>

      {report.visit && (
        <View className="psv-card" data-testid="risk-visit">
          <View className="psv-subtitle">村里入户核实</View>
          <Row label="上门日子">
            {spokenDate(report.visit.visitedOn)}（{report.visit.byName}）
          </Row>
          <Row label="核实的困难">
            {report.visit.confirmedRisks.map((r) => RISK_TYPES[r].label).join('、')}
          </Row>
          <Row label="近12个月人均收入">
            {report.visit.incomePerHead.toLocaleString('zh-CN')} 元
          </Row>
          <Row label="村里的记录">{report.visit.note}</Row>
          <Photos photos={report.visit.photos} />
        </View>
      )}

      {report.publicity && (
        <View className="psv-card" data-testid="risk-publicity-dates">
          <View className="psv-subtitle">村内公示</View>
          <View>
            {spokenDate(report.publicity.startsOn)} 到 {spokenDate(report.publicity.endsOn)}
            {report.publicity.ended ? '，已经结束' : '，正在公示'}
          </View>
          <View className="psv-text-secondary">
            公示只写户主名字，不写身份证号、电话、银行账号和病情。
          </View>
        </View>
      )}

      {report.elimination && (
        <View className="psv-card" data-testid="risk-elimination">
          <View className="psv-subtitle">风险消除</View>
          <Row label="方式">{ELIMINATION_METHODS[report.elimination.method]}</Row>
          <Row label="核实日子">{spokenDate(report.elimination.visitedOn)}</Row>
          {report.elimination.resolvedAt && (
            <Row label="消除日子">{spokenInstant(report.elimination.resolvedAt)}</Row>
          )}
        </View>
      )}

      <View className="psv-card" data-testid="risk-filed">
        <View className="psv-subtitle">申报的内容</View>
        <View className="psv-risk-tags">
          {report.risks.map((r) => (
            <View key={r} className="psv-risk-tag">
              <RiskIcon risk={r} small />
              <Text>{RISK_TYPES[r].label}</Text>
            </View>
          ))}
        </View>
        {report.disasterSubtype && (
          <Row label="灾害种类">{DISASTER_SUBTYPES[report.disasterSubtype]}</Row>
        )}
        <Row label="发生的日子">{spokenDate(report.occurredOn)}</Row>
        <Row label="情况">{report.description}</Row>
        <Row label="花了或损失">{report.estimatedCost.toLocaleString('zh-CN')} 元</Row>
        {report.contactPhoneMasked && <Row label="联系电话">{report.contactPhoneMasked}</Row>}
        {report.urgent && <Row label="绿色通道">急需帮助，先帮扶后补手续</Row>}
        {byProxy && (
          <Row label="谁申报的">
            {byProxy}
            {report.filedBy.proxyReason ? `，因为${report.filedBy.proxyReason}` : ''}
          </Row>
        )}
        <Row label="授权">{spokenInstant(report.consent.at)} 已同意授权核查家庭经济状况</Row>
        <Photos photos={report.photos} />
      </View>
    </View>
  );
}

/** Loads one report (`risk.get`) and shows it; read again when something queued for it is sent. */
export function ReportDetail({ reportId }: { reportId: string }) {
  const load = useCallback(() => api.risk.get({ reportId }), [reportId]);
  const report = useRemoteData(load);
  useReloadOnRiskSent(report.reload);
  if (report.state === 'loading') return <LoadingState text="正在读取申报进度…" />;
  if (report.state === 'error')
    return <ErrorState message={report.error.message} onRetry={report.reload} />;
  return <ReportDetailView report={report.data} />;
}
