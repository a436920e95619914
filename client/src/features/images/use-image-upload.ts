import { useCallback, useState } from 'react';
import type { ClientCallError } from '../../api/client-call-result';
import { clientEnv } from '../../env';
import { currentToken } from '../session/session-store';
import { compressImage } from './compress-image';
import {
  createCloudUploader,
  createGatewayUploader,
  type ImageUploader,
  type UploadedFile,
} from './image-uploader';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'compressing' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'done'; file: UploadedFile }
  | { phase: 'error'; error: ClientCallError };

function defaultUploader(): ImageUploader {
  if (clientEnv.platform === 'weapp' && !clientEnv.weappUseHttp) {
    return createCloudUploader(
      (path) =>
        `uploads/${Date.now()}-${Math.random().toString(36).slice(2, 10)}${path.match(/\.\w+$/)?.[0] ?? '.jpg'}`,
    );
  }
  return createGatewayUploader(clientEnv.apiBase, currentToken);
}

/** Compress, then upload one photo, exposing progress for the form to show. */
export function useImageUpload(uploader: ImageUploader = defaultUploader()) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const upload = useCallback(
    async (path: string) => {
      setState({ phase: 'compressing' });
      const image = await compressImage(clientEnv.platform, path);
      setState({ phase: 'uploading', percent: 0 });
      const result = await uploader.upload(image.path, (percent) =>
        setState({ phase: 'uploading', percent }),
      );
      setState(
        result.ok ? { phase: 'done', file: result.data } : { phase: 'error', error: result.error },
      );
      return result;
    },
    [uploader],
  );
  return { state, upload };
}
