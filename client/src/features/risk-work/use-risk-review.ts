import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { checkReviewForm, formFieldErrors, reviewPayload, type ReviewForm } from './review-form';
import type { ReportView, ReviewDecision } from './risk-work-api';

export type ReviewState =
  | { phase: 'idle' }
  | { phase: 'sending'; decision: ReviewDecision }
  | { phase: 'error'; message: string | null; fieldErrors: Record<string, string> };

/**
 * The reviewer's decision on the report's current step. Checked here first (a note for 退回 and
 * 不通过, the visit for the village's 通过), then sent with the version the reviewer saw and one
 * idempotency key per distinct decision, so a double tap or a retry decides once. A CONFLICT
 * (someone else decided, or the 公示 has not ended) goes to `onConflict` with the server's words.
 */
export function useRiskReview(
  report: ReportView,
  photoFileIds: readonly string[],
  on: { done: (view: ReportView) => void; conflict: (message: string) => void },
) {
  const [state, setState] = useState<ReviewState>({ phase: 'idle' });
  const keys = useRef(new Map<string, string>());
  const sending = useRef(false);

  const decide = useCallback(
    (decision: ReviewDecision, form: ReviewForm) => {
      if (sending.current) return;
      const errors = checkReviewForm(decision, form, {
        status: report.status,
        needsHousehold: report.householdId === null,
      });
      if (Object.keys(errors).length > 0) {
        setState({ phase: 'error', message: null, fieldErrors: errors });
        return;
      }
      const payload = reviewPayload(decision, form, {
        reportId: report.reportId,
        version: report.version,
        status: report.status,
        photoFileIds,
      });
      const keyName = JSON.stringify(payload);
      const idempotencyKey = keys.current.get(keyName) ?? newIdempotencyKey('rrev');
      keys.current.set(keyName, idempotencyKey);
      sending.current = true;
      setState({ phase: 'sending', decision });
      void api.risk.review(payload, { idempotencyKey }).then((result) => {
        sending.current = false;
        if (result.ok) {
          setState({ phase: 'idle' });
          on.done(result.data);
          return;
        }
        if (result.error.code === 'CONFLICT') {
          setState({ phase: 'idle' });
          on.conflict(result.error.message);
          return;
        }
        setState({
          phase: 'error',
          message: result.error.message,
          fieldErrors: formFieldErrors(result.error.fieldErrors),
        });
      });
    },
    [on, photoFileIds, report],
  );

  return { state, decide };
}
