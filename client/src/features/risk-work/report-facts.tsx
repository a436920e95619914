import { Image, View } from '@tarojs/components';
import { DecisionNotices, Fact } from '../review-work/case-facts';
import { DISASTER_SUBTYPES, PROXY_RELATIONS } from '@shared/risk/risk-catalogue';
import { MONITOR_TYPE_LABEL } from '@shared/households/household-labels';
import { exhibitImageUrl } from '../exhibits/exhibit-image-url';
import type { ReportView } from './risk-work-api';
import {
  LEVEL_LABEL,
  instantText,
  localDateText,
  riskListText,
  roleText,
  yuanText,
} from './risk-work-labels';
import './risk-work.css';

function Photos({ photos }: { photos: ReportView['photos'] }) {
  if (photos.length === 0) return null;
  return (
    <View className="psv-risk-photos">
      {photos.map((p) => (
        <Image
          key={p.fileId}
          className="psv-risk-photo"
          src={exhibitImageUrl(p.url)}
          mode="aspectFill"
        />
      ))}
    </View>
  );
}

/** What the family reported, who filed it, the consent, the visit, the 公示 and any decision. */
export function ReportFacts({ report }: { report: ReportView }) {
  const filer = report.filedBy;
  return (
    <>
      <View className="psv-card" data-testid="risk-report-facts">
        <View className="psv-subtitle">申报内容</View>
        <Fact label="困难" testId="report-risks">
          {riskListText(report.risks) +
            (report.disasterSubtype ? `（${DISASTER_SUBTYPES[report.disasterSubtype]}）` : '')}
        </Fact>
        <Fact label="发生时间">{localDateText(report.occurredOn)}</Fact>
        <Fact label="估计花费或损失">{yuanText(report.estimatedCost)}</Fact>
        <View className="psv-field__label">情况说明</View>
        <View data-testid="report-description">{report.description}</View>
        <Photos photos={report.photos} />
        <Fact label="申报人" testId="report-filer">
          {`${filer.name}（${roleText(filer.role)}${
            filer.relation ? `，是${PROXY_RELATIONS[filer.relation]}` : ''
          }）`}
        </Fact>
        {filer.proxyReason && <Fact label="代为申报原因">{filer.proxyReason}</Fact>}
        {report.contactPhoneMasked && <Fact label="联系电话">{report.contactPhoneMasked}</Fact>}
        <Fact label="提交时间">{instantText(report.submittedAt)}</Fact>
        <Fact label="授权核查" testId="report-consent">
          {`${instantText(report.consent.at)} 已同意入户核实、查询家庭收入和财产`}
        </Fact>
      </View>
      {report.visit && (
        <View className="psv-card" data-testid="risk-visit">
          <View className="psv-subtitle">入户核实</View>
          <Fact label="核实日期">{localDateText(report.visit.visitedOn)}</Fact>
          <Fact label="核实人">{report.visit.byName}</Fact>
          <Fact label="人均纯收入（近12个月）">{yuanText(report.visit.incomePerHead)}</Fact>
          <Fact label="核实的困难">{riskListText(report.visit.confirmedRisks)}</Fact>
          <View>{report.visit.note}</View>
          <Photos photos={report.visit.photos} />
        </View>
      )}
      {report.publicity && (
        <View
          className="psv-card"
          data-testid="risk-publicity"
          data-ended={report.publicity.ended ? 'yes' : 'no'}
        >
          <View className="psv-subtitle">村内公示</View>
          <Fact label="公示时间">
            {`${localDateText(report.publicity.startsOn)} 至 ${localDateText(report.publicity.endsOn)}`}
          </Fact>
          <View className="psv-text-secondary">
            {report.publicity.ended
              ? '公示已结束。'
              : '正在公示（不显示身份证号、电话、银行账号和病情）。'}
          </View>
        </View>
      )}
      <DecisionNotices view={report} levelLabel={LEVEL_LABEL} prefix="risk" />
      {report.monitorType && (
        <View className="psv-card" data-testid="risk-monitored">
          <Fact label="监测类型">{MONITOR_TYPE_LABEL[report.monitorType]}</Fact>
          {report.monitoredSince && (
            <Fact label="纳入监测">{instantText(report.monitoredSince)}</Fact>
          )}
        </View>
      )}
      {report.elimination && (
        <View className="psv-card" data-testid="risk-elimination">
          <View className="psv-subtitle">风险消除</View>
          <Fact label="申请时间">{instantText(report.elimination.proposedAt)}</Fact>
          <Fact label="人均纯收入">{yuanText(report.elimination.incomePerHead)}</Fact>
          <View>{report.elimination.note}</View>
          {report.elimination.resolvedAt && (
            <Fact label="已消除">{instantText(report.elimination.resolvedAt)}</Fact>
          )}
        </View>
      )}
    </>
  );
}
