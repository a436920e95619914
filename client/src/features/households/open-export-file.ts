import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';

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

/** The workbook as the server sent it (base64 in the `downloadExport` answer, fetched once). */
export interface ExportFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** h5: the browser saves the bytes it already holds; no link exists that someone else could open. */
function downloadInBrowser(file: ExportFile): OpenOutcome {
  try {
    const url = URL.createObjectURL(
      new Blob([bytesOf(file.contentBase64)], { type: file.contentType }),
    );
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

/** weapp: write to the user data folder, then open it with WeChat's document viewer. */
async function openInWeapp(file: ExportFile): Promise<OpenOutcome> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
  try {
    Taro.getFileSystemManager().writeFileSync(filePath, file.contentBase64, 'base64');
  } catch {
    return { opened: false, reason: '手机上没能保存表格。' };
  }
  try {
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return { opened: true };
  } catch {
    return { opened: false, reason: '手机上没能打开表格。' };
  }
}

/** Opens (weapp) or downloads (h5) the exported workbook; never throws. */
export function openExportFile(file: ExportFile): Promise<OpenOutcome> {
  if (clientEnv.platform === 'h5') return Promise.resolve(downloadInBrowser(file));
  return openInWeapp(file);
}
