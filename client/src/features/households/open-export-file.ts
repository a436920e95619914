import Taro from '@tarojs/taro';
import { clientEnv, type Platform } from '../../env';

/** The gateway answers with relative `/files/…` links (photos); CloudBase with full ones. */
export function absoluteFileUrl(url: string, apiBase: string = clientEnv.apiBase): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (apiBase) return `${apiBase.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
  if (clientEnv.platform === 'h5' && typeof location !== 'undefined') {
    return new URL(url, location.href).toString();
  }
  return url;
}

export type OpenOutcome = { opened: true } | { opened: false; reason: string };

/**
 * Where the claimed workbook can be fetched, once, for a few minutes (the `downloadExport`
 * answer): a `cloud://` fileID under `downloads/` on CloudBase, and a link (the gateway's signed
 * `/files/downloads/…` link locally). The bytes never travel in a function call.
 */
export interface ExportHandover {
  fileName: string;
  contentType: string;
  fileId: string;
  url: string;
}

/** What a fetch of the handed-over file answers on the phone (`Taro.cloud.downloadFile` etc.). */
interface PhoneDownload {
  tempFilePath: string;
  statusCode: number;
}

/** The mini program's calls this module makes, as WeChat documents them (a fake in tests). */
export interface WeappFileCalls {
  /** `Taro.cloud.downloadFile({ fileID })`: reads storage with the user's identity (storage rule). */
  cloudDownloadFile(fileID: string): Promise<PhoneDownload>;
  /** `Taro.downloadFile({ url })`: only for the local gateway while debugging on a device. */
  downloadUrl(url: string): Promise<PhoneDownload>;
  openDocument(filePath: string): Promise<unknown>;
}

export function taroWeappFiles(): WeappFileCalls {
  return {
    cloudDownloadFile: (fileID) => Taro.cloud.downloadFile({ fileID }),
    downloadUrl: (url) => Taro.downloadFile({ url }),
    openDocument: (filePath) => Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true }),
  };
}

const NOT_FETCHED = '没能从服务器取到表格（只能取一次），请重新点「生成并下载」。';

/** h5: the browser fetches the signed link once and saves the bytes under the export's name. */
async function downloadInBrowser(file: ExportHandover): Promise<OpenOutcome> {
  let blob: Blob;
  try {
    const res = await fetch(absoluteFileUrl(file.url), { credentials: 'same-origin' });
    if (!res.ok) return { opened: false, reason: NOT_FETCHED };
    blob = new Blob([await res.arrayBuffer()], { type: file.contentType });
  } catch {
    return { opened: false, reason: NOT_FETCHED };
  }
  try {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { opened: true };
  } catch {
    return { opened: false, reason: '浏览器没有开始下载。' };
  }
}

/**
 * weapp: `Taro.cloud.downloadFile` of the claimed `downloads/` copy (no download-domain allow-list
 * is involved, unlike `Taro.downloadFile` of a temporary URL), opened in WeChat's document viewer
 * straight from the temporary file. It is not saved into the user data folder: a workbook of ID
 * numbers kept there would stay for whoever uses the phone next (the viewer's menu still lets the
 * cadre forward or save it deliberately).
 */
export async function openInWeapp(
  file: ExportHandover,
  calls: WeappFileCalls,
): Promise<OpenOutcome> {
  let fetched: PhoneDownload;
  try {
    fetched = file.fileId.startsWith('cloud://')
      ? await calls.cloudDownloadFile(file.fileId)
      : await calls.downloadUrl(absoluteFileUrl(file.url));
  } catch {
    return { opened: false, reason: NOT_FETCHED };
  }
  if (fetched.statusCode !== 200 || !fetched.tempFilePath) {
    return { opened: false, reason: NOT_FETCHED };
  }
  try {
    await calls.openDocument(fetched.tempFilePath);
    return { opened: true };
  } catch {
    return { opened: false, reason: '手机上没能打开表格。' };
  }
}

/** Fetches the handed-over workbook once and opens (weapp) or saves (h5) it; never throws. */
export function openExportFile(
  file: ExportHandover,
  platform: Platform = clientEnv.platform,
  weapp: () => WeappFileCalls = taroWeappFiles,
): Promise<OpenOutcome> {
  if (platform === 'h5') return downloadInBrowser(file);
  return openInWeapp(file, weapp());
}
