import { View } from '@tarojs/components';
import { DecisionNotices, Fact } from '../review-work/case-facts';
import { ACCIDENT_OUTCOMES } from '@shared/claims/claim-documents';
import { AMOUNT_KEYS, AMOUNT_LABELS } from '@shared/claims/claim-schemes';
import { PROXY_RELATIONS } from '@shared/risk/risk-catalogue';
import { instantText, localDateText, roleText, yuanText } from '../risk-work/risk-work-labels';
import type { ClaimView } from './claims-work-api';
import { bankText, CLAIM_LEVEL_LABEL, claimTypeText } from './claims-work-labels';
import { PayoutLines } from './payout-lines';
import '../risk-work/risk-work.css';

/** What the family claimed, who filed it, the bank (last 4 only), the survey, 公示 and payment. */
export function ClaimFacts({ claim }: { claim: ClaimView }) {
  const filer = claim.filedBy;
  return (
    <>
      <View className="psv-card" data-testid="claim-facts">
        <View className="psv-subtitle">理赔内容</View>
        <Fact label="为谁申请" testId="claim-subject">
          {claim.subjectName}
        </Fact>
        <Fact label="种类" testId="claim-type">
          {claimTypeText(claim.type) +
            (claim.accidentOutcome ? `（${ACCIDENT_OUTCOMES[claim.accidentOutcome]}）` : '')}
        </Fact>
        <Fact label="出事日期">{localDateText(claim.incidentOn)}</Fact>
        {AMOUNT_KEYS.filter((k) => claim.amounts[k] !== undefined).map((k) => (
          <Fact key={k} label={AMOUNT_LABELS[k].label} testId={`claim-amount-${k}`}>
            {yuanText(claim.amounts[k] ?? 0)}
          </Fact>
        ))}
        <Fact label="预计可赔" testId="claim-estimate">
          {yuanText(claim.estimate)}
        </Fact>
        <PayoutLines lines={claim.estimateLines} />
        {claim.assessedAmount !== null && (
          <Fact label="保险公司核定" testId="claim-assessed">
            {yuanText(claim.assessedAmount)}
          </Fact>
        )}
        {claim.approvedAmount !== null && (
          <Fact label="市里审定" testId="claim-approved">
            {yuanText(claim.approvedAmount)}
          </Fact>
        )}
        <Fact label="申请人" testId="claim-filer">
          {`${filer.name}（${roleText(filer.role)}${
            filer.relation ? `，是${PROXY_RELATIONS[filer.relation]}` : ''
          }）`}
        </Fact>
        <Fact label="收款银行卡" testId="claim-bank">
          {bankText(claim.bank)}
        </Fact>
        <Fact label="申请时间">{instantText(claim.submittedAt)}</Fact>
        <Fact label="授权" testId="claim-consent">
          {`${instantText(claim.consent.at)} 已同意把理赔信息交给审核和赔付的单位`}
        </Fact>
        {claim.late && (
          <View className="psv-notice" data-testid="claim-late">
            超过24小时才报案：照常受理，审核时请留意。
          </View>
        )}
      </View>
      {claim.survey && (
        <View className="psv-card" data-testid="claim-survey">
          <View className="psv-subtitle">保险公司查勘</View>
          <Fact label="查勘日期">{localDateText(claim.survey.surveyedOn)}</Fact>
          <Fact label="查勘人">{claim.survey.byName}</Fact>
          <Fact label="核定金额">{yuanText(claim.survey.assessedAmount)}</Fact>
          <View>{claim.survey.note}</View>
        </View>
      )}
      {claim.publicity && (
        <View
          className="psv-card"
          data-testid="claim-publicity"
          data-ended={claim.publicity.ended ? 'yes' : 'no'}
        >
          <View className="psv-subtitle">村内公示</View>
          <Fact label="公示时间">
            {`${localDateText(claim.publicity.startsOn)} 至 ${localDateText(claim.publicity.endsOn)}`}
          </Fact>
          <View className="psv-text-secondary">
            {claim.publicity.ended
              ? '公示已结束。'
              : '正在公示（姓名打码，只显示村和金额，不显示病情和账号）。'}
          </View>
        </View>
      )}
      {claim.payment && (
        <View className="psv-card" data-testid="claim-payment">
          <View className="psv-subtitle">赔付</View>
          <Fact label="赔付日期">{localDateText(claim.payment.paidOn)}</Fact>
          <Fact label="付款流水号">{claim.payment.reference}</Fact>
        </View>
      )}
      <DecisionNotices view={claim} levelLabel={CLAIM_LEVEL_LABEL} prefix="claim" />
    </>
  );
}
