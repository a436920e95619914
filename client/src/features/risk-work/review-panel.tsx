import { useState } from 'react';
import { chinaDate } from '@shared/review-workflow/working-days';
import {
  MONITOR_TYPES,
  MONITOR_TYPE_LABEL,
  type MonitorType,
} from '@shared/households/household-labels';
import { suggestedMonitorType } from '@shared/risk/monitor-type-rule';
import { Text, View } from '@tarojs/components';
import { DecisionButtons } from '../review-work/decision-buttons';
import { AreaField, FieldError, PhotosField, TextField } from '../review-work/form-fields';
import { ReviewNoteField } from '../review-work/review-note';
import type { HouseholdView } from '../households/households-api';
import { HouseholdChooser } from './household-chooser';
import { APPROVE_TEXT, stageOf, type ReviewForm } from './review-form';
import { RiskTypeChoices } from './risk-type-choices';
import type { ReportView } from './risk-work-api';
import { localDateText } from './risk-work-labels';
import { useRiskReview } from './use-risk-review';
import { PHOTOS_NOT_SENT, useVisitPhotos } from './use-visit-photos';
import './risk-work.css';

function initialForm(report: ReportView, suggestion: MonitorType | null): ReviewForm {
  return {
    note: '',
    visit: {
      visitedOn: chinaDate(new Date()),
      incomePerHead: '',
      confirmedRisks: [...report.risks],
      note: '',
      householdId: report.householdId,
    },
    monitorType: report.monitorType ?? suggestion,
  };
}

/** The 三类户 kind the rule suggests on 市审定 (the city may choose another). */
export function suggestionFor(
  report: ReportView,
  household: HouseholdView | null,
): MonitorType | null {
  if (!household) return null;
  return suggestedMonitorType({
    categoryBefore: household.category,
    incomePerHead: report.visit?.incomePerHead ?? household.incomePerHead,
    year: Number(chinaDate(new Date()).slice(0, 4)),
  });
}

/**
 * The review panel for the caller's step: 通过 / 退回补充 / 不予通过 with a note. The village
 * records the 入户核实 (and links the household of a proxy report); the city chooses the 三类户
 * kind, the rule's suggestion preselected. Shown only when the server says `can.review`.
 */
export function RiskReviewPanel({
  report,
  household,
  onDone,
  onConflict,
}: {
  report: ReportView;
  household: HouseholdView | null;
  onDone: (view: ReportView) => void;
  onConflict: (message: string) => void;
}) {
  const suggestion = suggestionFor(report, household);
  const [form, setForm] = useState<ReviewForm>(() => initialForm(report, suggestion));
  const photos = useVisitPhotos(`risk-review.${report.reportId}`);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const { state, decide } = useRiskReview(report, photos.fileIds, {
    done: (view) => {
      photos.sent();
      onDone(view);
    },
    conflict: onConflict,
  });
  const stage = stageOf(report.status);
  if (!stage) return null;
  const errors = state.phase === 'error' ? state.fieldErrors : {};
  const sending = state.phase === 'sending';
  const setVisit = (patch: Partial<ReviewForm['visit']>) =>
    setForm((f) => ({ ...f, visit: { ...f.visit, ...patch } }));
  const publicityOpen =
    report.status === 'village_verified' && report.publicity !== null && !report.publicity.ended;
  const monitorType = form.monitorType ?? suggestion;
  // The rule's suggestion counts as chosen once the household has loaded.
  const effective: ReviewForm = { ...form, monitorType };

  return (
    <View className="psv-card" data-testid="risk-review-panel" data-stage={report.status}>
      <View className="psv-subtitle">本级审核：{stage.label}</View>
      {publicityOpen && report.publicity && (
        <View className="psv-notice" data-testid="publicity-gate">
          村内公示到 {localDateText(report.publicity.endsOn)}{' '}
          结束，公示结束后才能审核通过；需要补充材料可以先退回。
        </View>
      )}

      {report.status === 'submitted' && (
        <View data-testid="visit-form">
          <View className="psv-field__label">入户核实</View>
          <TextField
            label="核实日期"
            name="visitedOn"
            value={form.visit.visitedOn}
            maxlength={10}
            placeholder="例如 2026-12-02"
            error={errors.visitedOn}
            onChange={(visitedOn) => setVisit({ visitedOn })}
          />
          <TextField
            label="近12个月家庭人均纯收入（元）"
            name="incomePerHead"
            type="number"
            value={form.visit.incomePerHead}
            maxlength={9}
            placeholder="例如 6500"
            error={errors.incomePerHead}
            onChange={(incomePerHead) => setVisit({ incomePerHead })}
          />
          <View className="psv-field">
            <Text className="psv-field__label">核实的困难（可多选）</Text>
            <RiskTypeChoices
              testId="visit-risks"
              selected={form.visit.confirmedRisks}
              onChange={(confirmedRisks) => setVisit({ confirmedRisks })}
            />
            <FieldError message={errors.confirmedRisks} />
          </View>
          <AreaField
            label="入户看到的情况"
            name="visitNote"
            value={form.visit.note}
            maxlength={300}
            placeholder="例如：户主住院两周，家里只有老人和孩子"
            error={errors.visitNote}
            onChange={(note) => setVisit({ note })}
          />
          <PhotosField label="核实照片（可不传，最多6张）" photos={photos} problem={photoProblem} />
          {report.householdId === null && (
            <HouseholdChooser
              villageId={report.villageId}
              initialQuery={report.subjectName}
              selected={form.visit.householdId}
              onSelect={(householdId) => setVisit({ householdId })}
              error={errors.householdId}
            />
          )}
        </View>
      )}

      {report.status === 'town_reviewed' && (
        <View className="psv-field" data-testid="monitor-type-choice">
          <Text className="psv-field__label">纳入监测的类型</Text>
          <View className="psv-choice-group">
            {MONITOR_TYPES.map((m) => (
              <View
                key={m}
                className={`psv-choice${monitorType === m ? ' psv-choice--active' : ''}`}
                data-monitor-type={m}
                onClick={() => setForm((f) => ({ ...f, monitorType: m }))}
              >
                <Text>
                  {MONITOR_TYPE_LABEL[m]}
                  {suggestion === m ? '（建议）' : ''}
                </Text>
              </View>
            ))}
          </View>
          <FieldError message={errors.monitorType} />
        </View>
      )}

      <ReviewNoteField
        name="reviewNote"
        value={form.note}
        placeholder="例如：请补一张住院发票的照片"
        error={errors.note}
        onChange={(note) => setForm((f) => ({ ...f, note }))}
      />
      {state.phase === 'error' && state.message && (
        <View className="psv-field__error" role="alert" data-testid="review-error">
          {state.message}
        </View>
      )}
      {state.phase === 'error' && !state.message && (
        <View className="psv-field__error" role="alert" data-testid="review-error">
          还有没填好的地方，请看上面的红字。
        </View>
      )}
      <DecisionButtons
        prefix="risk-review"
        approveText={APPROVE_TEXT[report.status] ?? '通过'}
        mayReturn={stage.mayReturn}
        mayReject={stage.mayReject}
        sending={sending ? state.decision : null}
        onDecide={(d) => {
          // The visit's photos are named by their fileIds: none may still be on the phone.
          if (report.status === 'submitted' && photos.notSent) {
            setPhotoProblem(PHOTOS_NOT_SENT);
            photos.retry();
            return;
          }
          setPhotoProblem(null);
          decide(d, effective);
        }}
      />
    </View>
  );
}
