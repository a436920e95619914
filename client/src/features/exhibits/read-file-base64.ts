import Taro from '@tarojs/taro';
import type { Platform } from '../../env';

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      resolve(text.slice(text.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** The bytes of a local photo (weapp temp file, h5 blob URL) as base64. */
export async function readFileBase64(platform: Platform, path: string): Promise<string> {
  if (platform === 'weapp') {
    const result = await new Promise<string>((resolve, reject) => {
      Taro.getFileSystemManager().readFile({
        filePath: path,
        encoding: 'base64',
        success: (res) => resolve(typeof res.data === 'string' ? res.data : ''),
        fail: () => reject(new Error('read failed')),
      });
    });
    return result;
  }
  const response = await fetch(path);
  return blobToBase64(await response.blob());
}
