import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ChapterDraft } from './chapter-drafts';
import { checkChapter } from './chapter-drafts';

export type ChapterSaveState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'saved' }
  | { phase: 'error'; message: string; fieldErrors: Record<string, string> };

/**
 * Saving one chapter of the reader (`upsertChapter`): its order, title and text; the items in it
 * stay as they are. One idempotency key per content, so a retry saves once.
 */
export function useChapterSave(villageId: string) {
  const [states, setStates] = useState<Record<string, ChapterSaveState>>({});
  const [keys] = useState(() => new Map<string, string>());
  const sending = useRef(new Set<string>());
  const setState = (chapterId: string, state: ChapterSaveState) =>
    setStates((all) => ({ ...all, [chapterId]: state }));

  const save = useCallback(
    (draft: ChapterDraft, onSaved: () => void) => {
      if (sending.current.has(draft.chapterId)) return;
      const checked = checkChapter(villageId, draft);
      if (!checked.ok) {
        setState(draft.chapterId, {
          phase: 'error',
          message: '',
          fieldErrors: checked.fieldErrors,
        });
        return;
      }
      sending.current.add(draft.chapterId);
      const body = JSON.stringify(checked.payload);
      const idempotencyKey = keys.get(body) ?? newIdempotencyKey('chapter');
      keys.set(body, idempotencyKey);
      setState(draft.chapterId, { phase: 'sending' });
      void api.exhibits.upsertChapter(checked.payload, { idempotencyKey }).then((result) => {
        sending.current.delete(draft.chapterId);
        if (result.ok) {
          setState(draft.chapterId, { phase: 'saved' });
          onSaved();
          return;
        }
        setState(draft.chapterId, {
          phase: 'error',
          message: result.error.message,
          fieldErrors: result.error.fieldErrors ?? {},
        });
      });
    },
    [keys, villageId],
  );
  const stateOf = (chapterId: string): ChapterSaveState => states[chapterId] ?? { phase: 'idle' };
  const touch = (chapterId: string) =>
    setStates((all) => (all[chapterId] ? { ...all, [chapterId]: { phase: 'idle' } } : all));
  return { save, stateOf, touch };
}
