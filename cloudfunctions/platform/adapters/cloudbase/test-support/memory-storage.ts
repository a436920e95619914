import type { CloudbaseStorageClient } from '../cloudbase-files';

/** An in-memory stand-in for the SDK's storage calls, answering with the SDK's shapes. */
export function memoryStorage(): CloudbaseStorageClient & { blobs: Map<string, Buffer> } {
  const blobs = new Map<string, Buffer>();
  const id = (path: string) => `cloud://test-env.7465-test-env/${path}`;
  return {
    blobs,
    uploadFile: ({ cloudPath, fileContent }) => {
      blobs.set(id(cloudPath), fileContent);
      return Promise.resolve({ fileID: id(cloudPath) });
    },
    downloadFile: ({ fileID }) => {
      const bytes = blobs.get(fileID);
      if (!bytes)
        return Promise.reject(Object.assign(new Error('gone'), { code: 'STORAGE_FILE_NONEXIST' }));
      return Promise.resolve({ fileContent: bytes });
    },
    getTempFileURL: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map(({ fileID, maxAge }) =>
          blobs.has(fileID)
            ? {
                code: 'SUCCESS',
                fileID,
                tempFileURL: `https://tmp.example/${fileID.slice(8)}?t=${maxAge}`,
              }
            : { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' },
        ),
      }),
    deleteFile: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map((fileID) => ({
          fileID,
          code: blobs.delete(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
        })),
      }),
  };
}
