import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { ExhibitDetailView } from './exhibits-api';

export type LikeState =
  { phase: 'idle' } | { phase: 'sending' } | { phase: 'error'; message: string };

/** One exhibit (opening it counts a view) and its once-per-person like. */
export function useExhibit(exhibitId: string) {
  const exhibit = useRemoteData<ExhibitDetailView>(() => api.exhibits.get({ exhibitId }));
  const [likes, setLikes] = useState<{ likes: number; likedByMe: boolean } | null>(null);
  const [likeState, setLikeState] = useState<LikeState>({ phase: 'idle' });
  const ready = exhibit.state === 'ready' ? exhibit.data : null;
  useEffect(() => {
    if (ready) setLikes({ likes: ready.likes, likedByMe: ready.likedByMe });
  }, [ready]);

  // A ref, not state: two taps in one frame both see the render before the first was sent.
  const sending = useRef(false);
  const like = useCallback(() => {
    if (likes?.likedByMe || sending.current) return;
    sending.current = true;
    setLikeState({ phase: 'sending' });
    void api.exhibits
      .like({ exhibitId }, { idempotencyKey: newIdempotencyKey('like') })
      .then((result) => {
        sending.current = false;
        if (result.ok) {
          setLikes(result.data);
          setLikeState({ phase: 'idle' });
        } else {
          setLikeState({ phase: 'error', message: result.error.message });
        }
      });
  }, [exhibitId, likes]);

  return { exhibit, likes, likeState, like };
}
