import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ExhibitDetailView, ReviewDecision } from './exhibits-api';

export type ReviewState =
  | { phase: 'idle' }
  | { phase: 'sending'; decision: ReviewDecision }
  | { phase: 'done'; exhibit: ExhibitDetailView }
  | { phase: 'error'; message: string; fieldErrors: Record<string, string> };

/**
 * A cadre's decision on one contribution. One idempotency key per decision and exhibit, so
 * a double tap or a retry on a weak network decides once.
 */
export function useReview(exhibitId: string) {
  const [state, setState] = useState<ReviewState>({ phase: 'idle' });
  const [keys] = useState(() => new Map<string, string>());

  const sending = useRef(false); // a ref: two taps in one frame see the same render
  const decide = useCallback(
    (decision: ReviewDecision, reason: string) => {
      if (sending.current) return;
      sending.current = true;
      const trimmed = reason.trim();
      const keyName = `${decision}|${trimmed}`;
      const idempotencyKey = keys.get(keyName) ?? newIdempotencyKey('review');
      keys.set(keyName, idempotencyKey);
      setState({ phase: 'sending', decision });
      void api.exhibits
        .review(
          { exhibitId, decision, ...(trimmed ? { reason: trimmed } : {}) },
          { idempotencyKey },
        )
        .then((result) => {
          sending.current = false;
          setState(
            result.ok
              ? { phase: 'done', exhibit: result.data }
              : {
                  phase: 'error',
                  message: result.error.message,
                  fieldErrors: result.error.fieldErrors ?? {},
                },
          );
        });
    },
    [exhibitId, keys],
  );

  return { state, decide };
}
