import { downloadOnce, type ExportDownloadSteps } from './use-export';
import { openInWeapp, type ExportHandover, type WeappFileCalls } from './open-export-file';

const ENV = 'test-env';
const PREFIX = `cloud://${ENV}.7465-${ENV}/`;

/**
 * The mini program's side of CloudBase storage as WeChat documents it: `wx.cloud.downloadFile`
 * answers `{ tempFilePath, statusCode, errMsg }` for a file the storage rule lets this user read,
 * and fails (`{ errCode, errMsg: 'cloud.downloadFile:fail …' }`) for a file that is gone or that
 * the rule refuses. Our rule (README) lets clients read `downloads/` only, where the server puts
 * an export's copy at the claim; files the server wrote have no openid of the user's.
 */
function fakePhone(objects: Record<string, string>) {
  const opened: string[] = [];
  const temp = new Map<string, string>();
  let n = 0;
  const calls: WeappFileCalls = {
    cloudDownloadFile: (fileID) => {
      const path = fileID.startsWith(PREFIX) ? fileID.slice(PREFIX.length) : '';
      const body = objects[path];
      if (!/^downloads\//.test(path) || body === undefined)
        return Promise.reject(
          Object.assign(new Error('cloud.downloadFile:fail file not readable'), {
            errCode: -1,
            errMsg: 'cloud.downloadFile:fail file not readable',
          }),
        );
      const tempFilePath = `http://tmp/${++n}.tmp`;
      temp.set(tempFilePath, body);
      return Promise.resolve({ tempFilePath, statusCode: 200 });
    },
    downloadUrl: (url) => {
      const body = objects[url];
      const tempFilePath = `http://tmp/${++n}.tmp`;
      temp.set(tempFilePath, body ?? '{"ok":false}');
      // Like wx.downloadFile: an HTTP error still "succeeds", with its status code.
      return Promise.resolve({ tempFilePath, statusCode: body === undefined ? 404 : 200 });
    },
    openDocument: (filePath) => {
      if (!temp.has(filePath)) return Promise.reject(new Error('openDocument:fail no such file'));
      opened.push(filePath);
      return Promise.resolve({ errMsg: 'openDocument:ok' });
    },
  };
  return { calls, opened };
}

const handover = (fileId: string, url = '/files/x'): ExportHandover => ({
  fileName: '户情-2026-12-02.xlsx',
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  fileId,
  url,
});

test('weapp fetches the claimed copy with cloud.downloadFile and opens it without keeping it on the phone', async () => {
  const phone = fakePhone({ 'downloads/2026-12/abc.xlsx': 'PK…' });
  const outcome = await openInWeapp(handover(`${PREFIX}downloads/2026-12/abc.xlsx`), phone.calls);
  expect(outcome).toEqual({ opened: true });
  // A workbook of ID numbers saved in the user data folder would stay there for whoever uses
  // this phone next: it is opened from WeChat's temporary file, which WeChat clears itself.
  expect(phone.opened).toEqual(['http://tmp/1.tmp']);
});

test('weapp cannot read an export the server has not handed over, nor a copy already deleted', async () => {
  const phone = fakePhone({ 'exports/2026-12/abc.xlsx': 'PK…' });
  for (const fileId of [
    `${PREFIX}exports/2026-12/abc.xlsx`,
    `${PREFIX}downloads/2026-12/gone.xlsx`,
  ]) {
    const outcome = await openInWeapp(handover(fileId), phone.calls);
    expect(outcome).toMatchObject({ opened: false, reason: expect.stringMatching(/重新/) });
  }
  expect(phone.opened).toEqual([]);
});

test('weapp against the local gateway (device debugging) fetches the signed link and checks its status', async () => {
  const phone = fakePhone({ 'http://192.168.1.5:3000/files/downloads/a.xlsx?sig=1': 'PK…' });
  const ok = await openInWeapp(
    handover('downloads/a.xlsx', 'http://192.168.1.5:3000/files/downloads/a.xlsx?sig=1'),
    phone.calls,
  );
  expect(ok).toEqual({ opened: true });
  const gone = await openInWeapp(
    handover('downloads/b.xlsx', 'http://192.168.1.5:3000/files/downloads/b.xlsx?sig=1'),
    phone.calls,
  );
  expect(gone).toMatchObject({ opened: false });
  expect(phone.opened).toHaveLength(1);
});

test('the copy is finished (deleted on the server) after the fetch, also when it failed; a refused claim opens nothing', async () => {
  const log: string[] = [];
  const steps = (claimOk: boolean, opened: boolean): ExportDownloadSteps => ({
    claim: (id) => {
      log.push(`claim ${id}`);
      return Promise.resolve(
        claimOk
          ? { ok: true, data: handover(`${PREFIX}downloads/x.xlsx`) }
          : { ok: false, error: { code: 'NOT_FOUND', message: '这个导出文件已经下载过或已过期' } },
      );
    },
    open: () => {
      log.push('open');
      return Promise.resolve(opened ? { opened: true } : { opened: false, reason: '没能取到' });
    },
    finish: (id) => {
      log.push(`finish ${id}`);
      return Promise.reject(new Error('offline')); // a lost finish is left to the server's sweep
    },
  });
  expect(await downloadOnce('e1', steps(true, true))).toMatchObject({
    ok: true,
    data: { outcome: { opened: true } },
  });
  expect(await downloadOnce('e2', steps(true, false))).toMatchObject({
    ok: true,
    data: { outcome: { opened: false } },
  });
  expect(await downloadOnce('e3', steps(false, true))).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(log).toEqual([
    'claim e1',
    'open',
    'finish e1',
    'claim e2',
    'open',
    'finish e2',
    'claim e3',
  ]);
});
