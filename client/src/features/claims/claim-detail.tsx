import { useCallback } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { ACCIDENT_OUTCOMES } from '@shared/claims/claim-documents';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { AMOUNT_LABELS, DEMO_CLAIM_SCHEME } from '@shared/claims/claim-schemes';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { exhibitImageUrl } from '../exhibits/exhibit-image-url';
import { spokenDate, spokenInstant } from '../risk/risk-dates';
import { ClaimAppealPanel } from './claim-appeal-panel';
import { claimAmountText, claimFiledByText, claimStatusTone } from './claim-card';
import { ClaimEstimate } from './claim-estimate';
import { ClaimProgress } from './claim-progress';
import { ClaimResubmitPanel } from './claim-resubmit-panel';
import { claimStepSentence } from './claim-step-text';
import { ClaimIcon } from './claim-type-cards';
import { CLAIM_LEVEL_WORD, maskedAccount, yuanText } from './claim-words';
import type { ClaimDocumentView, ClaimView } from './claims-api';
import { useReloadOnClaimSent } from './use-claim-outbox';
import '../exhibits/exhibit-card/exhibit-card.css';
import '../risk/risk.css';

function Row({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <View className="psv-risk-summary-row" data-testid={testId}>
      <View className="psv-risk-summary-row__text">
        <View className="psv-text-secondary">{label}</View>
        <View className="psv-risk-summary-row__value">{children}</View>
      </View>
    </View>
  );
}

function DocumentRow({ doc }: { doc: ClaimDocumentView }) {
  const state = doc.check?.state ?? 'unchecked';
  return (
    <View
      className="psv-risk-summary-row"
      data-testid="claim-document"
      data-item={doc.item}
      data-check={state}
    >
      <View className="psv-risk-summary-row__text">
        <View className="psv-risk-summary-row__value">
          {state === 'ok' ? '✓ ' : state === 'missing' ? '✗ ' : ''}
          {doc.label}（{doc.files.length} 张）
        </View>
        {doc.check?.state === 'missing' && (
          <View className="psv-field__error">村里说：{doc.check.note || '缺少或看不清'}</View>
        )}
        {doc.files.length > 0 && (
          <View className="psv-exhibit-thumbs">
            {doc.files.map((f) => (
              <View key={f.fileId} className="psv-exhibit-thumb">
                <Image
                  className="psv-exhibit-thumb__image"
                  src={exhibitImageUrl(f.url)}
                  mode="aspectFill"
                />
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}

/**
 * A claim's page: where it stands (the six steps), what to do (补充 / 申请复核), the amounts
 * (estimate, the insurer's survey, the approved amount), the 公示 and the payment, every step
 * with who and when, and what was filed. The bank account only as its last 4 digits.
 */
export function ClaimDetailView({ claim }: { claim: ClaimView }) {
  const byProxy = claimFiledByText(claim);
  const type = DEMO_CLAIM_SCHEME.types[claim.type];
  return (
    <View data-testid="claim-detail" data-status={claim.status} data-claim-id={claim.claimId}>
      <View className="psv-card">
        <View className="psv-risk-card__head">
          <Text className="psv-subtitle">
            {claim.subjectName} · {type.label}
          </Text>
          <Text className={`psv-risk-status${claimStatusTone(claim)}`} data-testid="claim-status">
            {CLAIM_STATUS_LABEL[claim.status]}
          </Text>
        </View>
        <ClaimProgress claim={claim} />
        <View className="psv-risk-next" data-testid="claim-amount">
          <Text>{claimAmountText(claim)}</Text>
        </View>
        {claim.late && (
          <View className="psv-notice" data-testid="claim-late">
            <Text>受灾超过 24 小时才报案：已经受理，标记为“迟报”。</Text>
          </View>
        )}
        {claim.deadline && claim.waitingFor && claim.waitingFor !== 'family' && (
          <View className="psv-text-secondary" data-testid="claim-deadline">
            {CLAIM_LEVEL_WORD[claim.waitingFor]}会在{spokenDate(claim.deadline.dueOn)}前办理
            {claim.deadline.overdue ? '（已超期）' : ''}
          </View>
        )}
        <ClaimResubmitPanel claim={claim} />
        <ClaimAppealPanel claim={claim} />
        {claim.appeal && (
          <View className="psv-text-secondary" data-testid="claim-appeal-info">
            {spokenInstant(claim.appeal.at)} 申请了复核（交给
            {CLAIM_LEVEL_WORD[claim.appeal.toLevel]}）：
            {claim.appeal.reason}
          </View>
        )}
      </View>

      {claim.payment && (
        <View className="psv-card" data-testid="claim-payment">
          <View className="psv-subtitle">已赔付</View>
          {claim.approvedAmount !== null && (
            <Row label="赔付金额">{yuanText(claim.approvedAmount)}</Row>
          )}
          <Row label="打款日子" testId="claim-paid-on">
            {spokenDate(claim.payment.paidOn)}
          </Row>
          <Row label="付款流水号" testId="claim-payment-reference">
            {claim.payment.reference}
          </Row>
          <Row label="打到">
            {claim.bank.name} {maskedAccount(claim.bank.accountLast4)}
          </Row>
        </View>
      )}

      {claim.publicity && (
        <View className="psv-card" data-testid="claim-publicity">
          <View className="psv-subtitle">公示</View>
          <View>
            {spokenDate(claim.publicity.startsOn)} 到 {spokenDate(claim.publicity.endsOn)}
            {claim.publicity.ended ? '，已经结束' : '，正在公示'}
          </View>
          {!claim.payment && claim.publicity.ended && (
            <View className="psv-text-secondary">公示结束后 5 个工作日内赔付。</View>
          )}
          <View className="psv-text-secondary">
            公示只写打码的名字（如 马*礼）、村和金额，不写病情和银行账号。
          </View>
        </View>
      )}

      {(claim.survey || claim.approvedAmount !== null) && (
        <View className="psv-card" data-testid="claim-amounts">
          <View className="psv-subtitle">审核的金额</View>
          <Row label="申请时预计">{yuanText(claim.estimate)}</Row>
          {claim.survey && (
            <View data-testid="claim-survey">
              <Row label="保险公司查勘">
                {spokenDate(claim.survey.surveyedOn)}（{claim.survey.byName}）
              </Row>
              <Row label="保险公司核定" testId="claim-assessed">
                {yuanText(claim.survey.assessedAmount)}
              </Row>
              <Row label="查勘记录">{claim.survey.note}</Row>
            </View>
          )}
          {claim.approvedAmount !== null && (
            <Row label="市里审定" testId="claim-approved">
              {yuanText(claim.approvedAmount)}
            </Row>
          )}
        </View>
      )}

      <View className="psv-card" data-testid="claim-steps">
        <View className="psv-subtitle">办理经过</View>
        {claim.steps.map((step, i) => (
          <View
            key={`${step.at}-${i}`}
            className="psv-risk-timeline__item"
            data-testid="claim-step"
            data-kind={step.kind}
          >
            <View className="psv-text-secondary">{spokenInstant(step.at)}</View>
            <View className="psv-risk-timeline__what">{claimStepSentence(step)}</View>
          </View>
        ))}
      </View>

      <View className="psv-card" data-testid="claim-documents">
        <View className="psv-subtitle">材料</View>
        {claim.missing.length > 0 && claim.status !== 'returned' && (
          <View className="psv-notice" data-testid="claim-missing">
            {claim.missing.map((m) => (
              <View key={m.id} data-testid="claim-missing-item">
                <Text>还缺：{m.label}</Text>
              </View>
            ))}
          </View>
        )}
        {claim.documents.map((doc) => (
          <DocumentRow key={doc.item} doc={doc} />
        ))}
      </View>

      <View className="psv-card" data-testid="claim-filed">
        <View className="psv-subtitle">申请的内容</View>
        <View className="psv-risk-tags">
          <View className="psv-risk-tag">
            <ClaimIcon type={claim.type} small />
            <Text>{type.label}</Text>
          </View>
        </View>
        {claim.accidentOutcome && (
          <Row label="伤残还是身故">{ACCIDENT_OUTCOMES[claim.accidentOutcome]}</Row>
        )}
        <Row label="哪一天">{spokenDate(claim.incidentOn)}</Row>
        {(Object.entries(claim.amounts) as [keyof typeof AMOUNT_LABELS, number][]).map(
          ([key, amount]) => (
            <Row key={key} label={AMOUNT_LABELS[key].label}>
              {yuanText(amount)}
            </Row>
          ),
        )}
        <ClaimEstimate payout={claim.estimate} lines={claim.estimateLines} title="申请时预计可赔" />
        <Row label="银行卡" testId="claim-bank">
          {claim.bank.name} {maskedAccount(claim.bank.accountLast4)}
        </Row>
        {byProxy && (
          <Row label="谁申请的" testId="claim-filed-by">
            {byProxy}
          </Row>
        )}
        <Row label="授权" testId="claim-consent">
          {spokenInstant(claim.consent.at)} 已同意使用理赔信息（{claim.consent.version}）
        </Row>
      </View>
    </View>
  );
}

/** Loads one claim (`claims.get`) and shows it; read again when something queued for it is sent. */
export function ClaimDetail({ claimId }: { claimId: string }) {
  const load = useCallback(() => api.claims.get({ claimId }), [claimId]);
  const claim = useRemoteData(load);
  useReloadOnClaimSent(claim.reload);
  if (claim.state === 'loading') return <LoadingState text="正在读取理赔进度…" />;
  if (claim.state === 'error')
    return <ErrorState message={claim.error.message} onRetry={claim.reload} />;
  return <ClaimDetailView claim={claim.data} />;
}
