import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';

/** The gateway answers with a relative `/files/…?exp&sig` link; CloudBase with a full one. */
export function absoluteFileUrl(url: string, apiBase: string = clientEnv.apiBase): string {
  if (/^https?:\/\//i.test(url)) return url;
  if (apiBase) return `${apiBase.replace(/\/$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
  if (clientEnv.platform === 'h5' && typeof location !== 'undefined') {
    return new URL(url, location.href).toString();
  }
  return url;
}

export type OpenOutcome = { opened: true } | { opened: false; reason: string };

/** h5: the browser downloads the file through a temporary link. */
function downloadInBrowser(url: string, fileName: string): OpenOutcome {
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return { opened: true };
  } catch {
    return { opened: false, reason: '浏览器没有开始下载。' };
  }
}

/** weapp: download to a temporary file, then open it with WeChat's document viewer. */
async function openInWeapp(url: string): Promise<OpenOutcome> {
  try {
    const downloaded = await Taro.downloadFile({ url });
    if (downloaded.statusCode !== 200) {
      return { opened: false, reason: '下载没有成功，链接可能已过期（10分钟内有效）。' };
    }
    await Taro.openDocument({
      filePath: downloaded.tempFilePath,
      fileType: 'xlsx',
      showMenu: true,
    });
    return { opened: true };
  } catch {
    return { opened: false, reason: '手机上没能打开表格。' };
  }
}

/** Opens (weapp) or downloads (h5) the exported workbook; never throws. */
export function openExportFile(url: string, fileName: string): Promise<OpenOutcome> {
  const full = absoluteFileUrl(url);
  if (clientEnv.platform === 'h5') return Promise.resolve(downloadInBrowser(full, fileName));
  return openInWeapp(full);
}

/** The fallback: copy the link so it can be opened in a computer's browser. */
export async function copyFileLink(url: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: absoluteFileUrl(url) });
    return true;
  } catch {
    return false;
  }
}
