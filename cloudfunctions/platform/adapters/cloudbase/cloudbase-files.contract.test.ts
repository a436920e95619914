import { runFilesContract } from '../../ports/files-contract.suite';
import { createCloudbaseFiles } from './cloudbase-files';
import { memoryStorage } from './test-support/memory-storage';

runFilesContract(
  'CloudBase storage (fake with CloudBase path, overwrite and URL semantics)',
  () => {
    const storage = memoryStorage();
    return Promise.resolve({
      files: createCloudbaseFiles({ client: storage, urlMaxAgeSeconds: 600 }),
      objectNames: () => Promise.resolve(storage.paths()),
      fetchUrl: (url, atMs) => Promise.resolve(storage.fetch(url, atMs)),
      directUrlOf: (fileId) => storage.plainUrlOf(fileId),
      urlLifetimeMs: 600_000,
      // `wx.cloud.uploadFile({ cloudPath, filePath })` answers the fileID CloudBase derives from the path.
      clientUpload: async (reservation, _owner, bytes) =>
        (await storage.uploadFile({ cloudPath: reservation.path, fileContent: bytes })).fileID,
      cleanup: () => Promise.resolve(),
    });
  },
);
