import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { mayMarkPaid } from '@shared/claims/claim-workflow';
import { chinaDate } from '@shared/review-workflow/working-days';
import { api } from '../../api/api';
import { localDateText, yuanText } from '../risk-work/risk-work-labels';
import { TextField } from '../review-work/form-fields';
import { useRiskAction } from '../risk-work/use-risk-action';
import type { ClaimView, MarkPaidPayload } from './claims-work-api';
import { bankText } from './claims-work-labels';
import '../risk-work/risk-work.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = /^[A-Za-z0-9-]{4,64}$/;

/**
 * Whether the 公示 is over so the payment may be recorded: the server's `publicity.ended`, else
 * (no 公示 recorded on the view) the rule from the city's approval step.
 */
export function publicityOver(claim: ClaimView, now: Date = new Date()): boolean {
  if (claim.publicity) return claim.publicity.ended;
  const approval = [...claim.steps].reverse().find((s) => s.to === 'approved');
  return approval ? mayMarkPaid(new Date(approval.at), now) : false;
}

export function checkMarkPaid(form: { paidOn: string; reference: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DATE.test(form.paidOn.trim())) errors.paidOn = '请填赔付日期，例如 2026-12-12。';
  if (!REFERENCE.test(form.reference.trim()))
    errors.paymentReference = '付款流水号应是 4 到 64 位字母或数字。';
  return errors;
}

/** The insurer records the payment (date and 流水号) once the 公示 has ended. */
export function MarkPaidPanel({
  claim,
  onDone,
  onConflict,
}: {
  claim: ClaimView;
  onDone: (view: ClaimView) => void;
  onConflict: (message: string) => void;
}) {
  const [paidOn, setPaidOn] = useState(() => chinaDate(new Date()));
  const [reference, setReference] = useState('');
  const action = useRiskAction<MarkPaidPayload, ClaimView>(
    (payload, options) => api.claims.markPaid(payload, options),
    { done: onDone, conflict: onConflict },
    'cpay',
  );
  const errors = action.state.phase === 'error' ? action.state.fieldErrors : {};
  const amount = claim.approvedAmount ?? claim.assessedAmount ?? claim.estimate;
  const submit = () => {
    if (action.state.phase === 'sending') return;
    const problems = checkMarkPaid({ paidOn, reference });
    if (Object.keys(problems).length > 0) {
      action.fail(problems);
      return;
    }
    action.run(
      {
        claimId: claim.claimId,
        expectedVersion: claim.version,
        paidOn: paidOn.trim(),
        paymentReference: reference.trim(),
      },
      'markPaid',
    );
  };
  const over = publicityOver(claim);
  return (
    <View className="psv-card" data-testid="mark-paid-panel" data-ready={over ? 'yes' : 'no'}>
      <View className="psv-subtitle">登记赔付</View>
      <View>
        赔付 {yuanText(amount)} 到 {bankText(claim.bank)}
      </View>
      {claim.payment?.dueOn && (
        <View className="psv-text-secondary" data-testid="mark-paid-due">
          请在 {localDateText(claim.payment.dueOn)} 前赔付
        </View>
      )}
      {!over ? (
        <View className="psv-notice" data-testid="mark-paid-wait">
          {claim.publicity
            ? `村内公示到 ${localDateText(claim.publicity.endsOn)} 结束，公示结束后才能登记赔付。`
            : '村内公示还没结束，公示结束后才能登记赔付。'}
        </View>
      ) : (
        <>
          <TextField
            label="赔付日期"
            name="paidOn"
            value={paidOn}
            maxlength={10}
            placeholder="例如 2026-12-12"
            error={errors.paidOn}
            onChange={setPaidOn}
          />
          <TextField
            label="付款流水号"
            name="paymentReference"
            value={reference}
            maxlength={64}
            placeholder="银行或保险公司的流水号"
            error={errors.paymentReference}
            onChange={setReference}
          />
          {action.state.phase === 'error' && (
            <View className="psv-field__error" role="alert" data-testid="mark-paid-error">
              {action.state.message}
            </View>
          )}
          <View
            className="psv-button psv-button--primary"
            data-testid="mark-paid-submit"
            onClick={submit}
          >
            <Text>{action.state.phase === 'sending' ? '正在提交…' : '已赔付，登记'}</Text>
          </View>
        </>
      )}
    </View>
  );
}
