import { useCallback, useRef, useState } from 'react';
import type { ExhibitCategory } from '@shared/exhibits/exhibit-labels';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ExhibitDetailView } from './exhibits-api';

export interface CurateForm {
  title: string;
  story: string;
  era: string;
  category: ExhibitCategory;
}

export type CurateState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'saved'; exhibit: ExhibitDetailView }
  | { phase: 'error'; message: string; fieldErrors: Record<string, string>; stale: boolean };

function changesOf(before: ExhibitDetailView, form: CurateForm) {
  const title = form.title.trim();
  const story = form.story.trim();
  const era = form.era.trim();
  return {
    ...(title !== before.title ? { title } : {}),
    ...(story !== before.story ? { story } : {}),
    ...(era && era !== (before.era ?? '') ? { era } : {}),
    ...(form.category !== before.category ? { category: form.category } : {}),
  };
}

/**
 * A curator's edit of a published exhibit: only changed fields are sent, with the version the
 * cadre saw, so an edit made meanwhile by someone else is not overwritten (CONFLICT).
 */
export function useCurate(exhibit: ExhibitDetailView) {
  const [base, setBase] = useState(exhibit);
  const [form, setForm] = useState<CurateForm>({
    title: exhibit.title,
    story: exhibit.story,
    era: exhibit.era ?? '',
    category: exhibit.category,
  });
  const [state, setState] = useState<CurateState>({ phase: 'idle' });
  const sending = useRef(false);
  const update = (patch: Partial<CurateForm>) => setForm((before) => ({ ...before, ...patch }));
  const changes = changesOf(base, form);
  const dirty = Object.keys(changes).length > 0;

  const save = useCallback(() => {
    if (sending.current || !dirty) return;
    sending.current = true;
    setState({ phase: 'sending' });
    void api.exhibits
      .update(
        { exhibitId: base.exhibitId, expectedVersion: base.version, ...changes },
        { idempotencyKey: newIdempotencyKey('curate') },
      )
      .then((result) => {
        sending.current = false;
        if (result.ok) {
          setBase(result.data);
          setState({ phase: 'saved', exhibit: result.data });
          return;
        }
        setState({
          phase: 'error',
          message:
            result.error.code === 'CONFLICT'
              ? '这件展品刚被别人改过，请返回重新打开后再改。'
              : result.error.message,
          fieldErrors: result.error.fieldErrors ?? {},
          stale: result.error.code === 'CONFLICT',
        });
      });
  }, [base, changes, dirty]);

  return { form, update, dirty, state, save };
}
