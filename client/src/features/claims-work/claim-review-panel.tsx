import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { chinaDate } from '@shared/review-workflow/working-days';
import { api } from '../../api/api';
import { DecisionButtons } from '../review-work/decision-buttons';
import { AreaField, FieldError, PhotosField, TextField } from '../review-work/form-fields';
import { ReviewNoteField } from '../review-work/review-note';
import { yuanText } from '../risk-work/risk-work-labels';
import { useRiskAction } from '../risk-work/use-risk-action';
import { PHOTOS_NOT_SENT, useVisitPhotos } from '../risk-work/use-visit-photos';
import { ClaimDocuments } from './claim-documents';
import {
  CLAIM_APPROVE_TEXT,
  checkClaimReviewForm,
  claimFormFieldErrors,
  claimReviewPayload,
  claimStageOf,
  type ClaimReviewForm,
  type ItemCheckForm,
} from './claim-review-form';
import type {
  ClaimDecision,
  ClaimDocument,
  ClaimReviewPayload,
  ClaimView,
} from './claims-work-api';
import { capLeftOf } from './payout-lines';
import '../risk-work/risk-work.css';

export const MAX_SURVEY_PHOTOS = 9;

function initialForm(claim: ClaimView): ClaimReviewForm {
  return {
    note: '',
    checks: {},
    survey: { surveyedOn: chinaDate(new Date()), assessedAmount: '', note: '' },
    approvedAmount: String(claim.assessedAmount ?? claim.estimate),
  };
}

/** 齐全 / 缺少 for one paper, and what is wrong when it is missing. */
function ItemCheck({
  doc,
  check,
  onChange,
}: {
  doc: ClaimDocument;
  check: ItemCheckForm | undefined;
  onChange: (check: ItemCheckForm) => void;
}) {
  const note = check?.note ?? '';
  return (
    <View data-testid={`claim-check-${doc.item}`} data-state={check?.state ?? 'none'}>
      <View className="psv-choice-group">
        <View
          className={`psv-choice${check?.state === 'ok' ? ' psv-choice--active' : ''}`}
          data-testid={`claim-check-${doc.item}-ok`}
          onClick={() => onChange({ state: 'ok', note })}
        >
          <Text>{check?.state === 'ok' ? '✓ 齐全清楚' : '齐全清楚'}</Text>
        </View>
        <View
          className={`psv-choice${check?.state === 'missing' ? ' psv-choice--active' : ''}`}
          data-testid={`claim-check-${doc.item}-missing`}
          onClick={() => onChange({ state: 'missing', note })}
        >
          <Text>{check?.state === 'missing' ? '✓ 缺少或不清楚' : '缺少或不清楚'}</Text>
        </View>
      </View>
      {check?.state === 'missing' && (
        <Input
          className="psv-input"
          name={`checkNote-${doc.item}`}
          value={note}
          maxlength={100}
          placeholder="哪里不对，例如：结算单拍得不清楚"
          onInput={(e) => onChange({ state: 'missing', note: e.detail.value })}
        />
      )}
    </View>
  );
}

/**
 * The review panel for the caller's stage: 通过 / 退回补充 / 不予通过 with a note. The village checks
 * each paper (齐全 or 缺少, with what is wrong); the insurer records the 查勘 (date, assessed
 * amount, what they saw, photos); the city fixes the amount, prefilled with the assessed one.
 * Shown only when the server says `can.review`.
 */
export function ClaimReviewPanel({
  claim,
  onDone,
  onConflict,
}: {
  claim: ClaimView;
  onDone: (view: ClaimView) => void;
  onConflict: (message: string) => void;
}) {
  const [form, setForm] = useState<ClaimReviewForm>(() => initialForm(claim));
  const photos = useVisitPhotos(`claim-review.${claim.claimId}`, 'claims', MAX_SURVEY_PHOTOS);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const action = useRiskAction<ClaimReviewPayload, ClaimView>(
    (payload, options) => api.claims.review(payload, options),
    {
      done: (view) => {
        photos.sent();
        onDone(view);
      },
      conflict: onConflict,
    },
    'crev',
  );
  const [decision, setDecision] = useState<ClaimDecision | null>(null);
  const stage = claimStageOf(claim.status);
  if (!stage) return null;
  const items = claim.documents.map((d) => d.item);
  const labels = Object.fromEntries(claim.documents.map((d) => [d.item, d.label]));
  const errors =
    action.state.phase === 'error' ? claimFormFieldErrors(action.state.fieldErrors) : {};
  const sending = action.state.phase === 'sending';
  const capLeft = capLeftOf(claim.estimateLines);
  const setSurvey = (patch: Partial<ClaimReviewForm['survey']>) =>
    setForm((f) => ({ ...f, survey: { ...f.survey, ...patch } }));
  const setCheck = (item: ClaimDocument['item'], check: ItemCheckForm) =>
    setForm((f) => ({ ...f, checks: { ...f.checks, [item]: check } }));
  const restOk = () =>
    setForm((f) => {
      const checks = { ...f.checks };
      for (const item of items) checks[item] ??= { state: 'ok', note: '' };
      return { ...f, checks };
    });
  const decide = (d: ClaimDecision) => {
    if (sending) return;
    setDecision(d);
    // The survey's photos are named by their fileIds: none may still be on the phone.
    if (photos.photos.length > 0 && photos.notSent) {
      setPhotoProblem(PHOTOS_NOT_SENT);
      photos.retry();
      return;
    }
    setPhotoProblem(null);
    const problems = checkClaimReviewForm(d, form, {
      status: claim.status,
      items,
      labels,
      checklistMissing: claim.missing.map((m) => m.label),
    });
    if (Object.keys(problems).length > 0) {
      action.fail(problems);
      return;
    }
    action.run(
      claimReviewPayload(d, form, {
        claimId: claim.claimId,
        version: claim.version,
        status: claim.status,
        items,
        photoFileIds: photos.fileIds,
      }),
      d,
    );
  };

  return (
    <View className="psv-card" data-testid="claim-review-panel" data-stage={claim.status}>
      <View className="psv-subtitle">本级审核：{stage.label}</View>

      {claim.status === 'reported' && (
        <View data-testid="claim-checks">
          <View className="psv-text-secondary">
            请对着照片逐项核对：齐全清楚点“齐全清楚”，缺少或看不清点“缺少或不清楚”并写明。
          </View>
          <ClaimDocuments
            claim={claim}
            renderCheck={(doc) => (
              <ItemCheck
                doc={doc}
                check={form.checks[doc.item]}
                onChange={(check) => setCheck(doc.item, check)}
              />
            )}
          />
          <View className="psv-button" data-testid="claim-checks-rest-ok" onClick={restOk}>
            <Text>其余各项都齐全清楚</Text>
          </View>
          <FieldError message={errors.checks} />
        </View>
      )}

      {claim.status === 'town_reviewed' && (
        <View data-testid="claim-survey-form">
          <View className="psv-field__label">入户查勘（每单必查）</View>
          <TextField
            label="查勘日期"
            name="surveyedOn"
            value={form.survey.surveyedOn}
            maxlength={10}
            placeholder="例如 2026-12-02"
            error={errors.surveyedOn}
            onChange={(surveyedOn) => setSurvey({ surveyedOn })}
          />
          <TextField
            label={`核定赔付金额（元）· 农户预计 ${yuanText(claim.estimate)}`}
            name="assessedAmount"
            type="number"
            value={form.survey.assessedAmount}
            maxlength={8}
            placeholder={`例如 ${claim.estimate}`}
            error={errors.assessedAmount}
            onChange={(assessedAmount) => setSurvey({ assessedAmount })}
          />
          <AreaField
            label="查勘看到的情况"
            name="surveyNote"
            value={form.survey.note}
            maxlength={300}
            placeholder="例如：已到医院核对发票，自付金额属实"
            error={errors.surveyNote}
            onChange={(note) => setSurvey({ note })}
          />
          <PhotosField label="查勘照片（可不传，最多9张）" photos={photos} problem={photoProblem} />
        </View>
      )}

      {claim.status === 'surveyed' && (
        <View data-testid="claim-approve-amount">
          <TextField
            label="审定赔付金额（元）"
            name="approvedAmount"
            type="number"
            value={form.approvedAmount}
            maxlength={8}
            error={errors.approvedAmount}
            onChange={(approvedAmount) => setForm((f) => ({ ...f, approvedAmount }))}
          />
          <View className="psv-text-secondary" data-testid="claim-approve-hint">
            {claim.assessedAmount !== null
              ? `保险公司核定 ${yuanText(claim.assessedAmount)}`
              : `农户预计 ${yuanText(claim.estimate)}`}
            {capLeft !== null ? `；这户今年封顶还可赔 ${yuanText(capLeft)}` : ''}
          </View>
        </View>
      )}

      <ReviewNoteField
        name="claimReviewNote"
        value={form.note}
        placeholder="例如：请补拍一张清楚的报销结算单"
        error={errors.note}
        onChange={(note) => setForm((f) => ({ ...f, note }))}
      />
      {action.state.phase === 'error' && (
        <View className="psv-field__error" role="alert" data-testid="claim-review-error">
          {action.state.message}
        </View>
      )}
      <DecisionButtons
        prefix="claim-review"
        approveText={CLAIM_APPROVE_TEXT[claim.status] ?? '通过'}
        mayReturn={stage.mayReturn}
        mayReject={stage.mayReject}
        sending={sending ? decision : null}
        onDecide={decide}
      />
    </View>
  );
}
