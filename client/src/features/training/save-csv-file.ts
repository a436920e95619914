import Taro from '@tarojs/taro';
import { clientEnv } from '../../env';

export type SaveOutcome =
  { saved: true; how: 'download' | 'share' | 'open' } | { saved: false; reason: string };

function downloadInBrowser(csv: string, fileName: string): SaveOutcome {
  try {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, how: 'download' };
  } catch {
    return { saved: false, reason: '浏览器没有开始下载。' };
  }
}

/** weapp: write to the user data folder, then share it to a chat (open it on a computer). */
async function saveInWeapp(csv: string, fileName: string): Promise<SaveOutcome> {
  const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
  try {
    Taro.getFileSystemManager().writeFileSync(filePath, csv, 'utf8');
  } catch {
    return { saved: false, reason: '手机上没能保存文件。' };
  }
  try {
    await Taro.shareFileMessage({ filePath, fileName });
    return { saved: true, how: 'share' };
  } catch {
    return { saved: false, reason: '没能发送文件（可能是取消了，或微信版本较旧）。' };
  }
}

/** Downloads (h5) or shares (weapp) a CSV file; never throws. */
export function saveCsvFile(csv: string, fileName: string): Promise<SaveOutcome> {
  if (clientEnv.platform === 'h5') return Promise.resolve(downloadInBrowser(csv, fileName));
  return saveInWeapp(csv, fileName);
}

/** The fallback: put the table on the clipboard to paste into a message or a spreadsheet. */
export async function copyCsv(csv: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: csv.replace(/^\uFEFF/, '') });
    return true;
  } catch {
    return false;
  }
}
