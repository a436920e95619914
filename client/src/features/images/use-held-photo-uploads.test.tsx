import { act, renderHook, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { networkError } from '../../api/client-call-result';
import type { UploadFile } from '../../api/upload-file';
import { taroStorage } from '../../../test-support/taro-mock';
import { saveSession } from '../session/session-store';
import { heldIdOf } from './held-photo';
import { createHeldPhotos, memoryHeldPhotoBackend } from './held-photo-store';
import type { PhotoUploadFeature } from './photo-upload-feature';
import { useHeldPhotoUploads, type DraftPhoto } from './use-held-photo-uploads';

const login = (userId: string) =>
  saveSession({ token: `tok-${userId}`, persona: null, userId, role: 'villager', name: null });

/** The form's draft in a hook, as use-contribute-form keeps it. */
function useForm(deps: Parameters<typeof useHeldPhotoUploads>[5]) {
  const [photos, setPhotos] = useState<DraftPhoto[]>([]);
  const upload = useHeldPhotoUploads(
    'exhibits',
    true,
    photos,
    9 - photos.length,
    {
      onHeld: (p) => setPhotos((list) => [...list, p]),
      onSent: (marker, p) => setPhotos((list) => list.map((x) => (x.fileId === marker ? p : x))),
    },
    deps,
  );
  return { photos, upload };
}

beforeEach(() => taroStorage.clear());

test('offline: the photo joins the draft at once (counted), waits for the network, then goes up once', async () => {
  login('u-ma');
  let online = false;
  let finished = 0;
  const feature: PhotoUploadFeature = {
    listCopy: true,
    keyPrefix: 'img',
    start: (kind, key) =>
      Promise.resolve(
        online
          ? {
              ok: true,
              data: { ticketId: key, cloudPath: `${kind}/${key}.bin`, localUploadUrl: null },
            }
          : networkError(),
      ),
    finish: () => {
      finished += 1;
      return Promise.resolve({ ok: true, data: { fileId: 'exhibits/x.jpg', url: '/files/x' } });
    },
  };
  const uploadFile: UploadFile = (t) =>
    Promise.resolve({ ok: true, data: { fileId: t.cloudPath } });
  const photos = createHeldPhotos(memoryHeldPhotoBackend());
  const compress = jest.fn(() =>
    Promise.resolve({ path: 'blob:x', compressed: true, blob: new Blob(['jpeg']), bytes: 4 }),
  );
  const { result } = renderHook(() =>
    useForm({
      compress,
      choose: () => Promise.resolve(['a.jpg']),
      send: { photos, features: { exhibits: feature, claims: feature, risk: feature }, uploadFile },
    }),
  );
  await act(() => result.current.upload.pick());
  expect(result.current.photos).toHaveLength(1);
  const marker = result.current.photos[0]?.fileId ?? '';
  expect(heldIdOf(marker)).not.toBeNull();
  expect(result.current.upload.stateOf(marker)).toEqual({ phase: 'waiting', percent: 0 });
  expect(result.current.upload.room).toBe(8);
  expect(await photos.listOf('u-ma')).toHaveLength(1);

  online = true;
  await act(async () => {
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
  });
  await waitFor(() => expect(result.current.photos[0]?.fileId).toBe('exhibits/x.jpg'));
  expect(result.current.photos[0]?.heldId).toBe(heldIdOf(marker));
  expect(finished).toBe(1);
  // Kept on the phone until the submission that uses it is sent (the outbox releases it).
  expect(await photos.listOf('u-ma')).toHaveLength(1);
});
