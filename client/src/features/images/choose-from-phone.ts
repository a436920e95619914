import Taro from '@tarojs/taro';
import { pickedPaths } from './picked-files';

/** Up to `count` photos from the album or the camera (null when the picker was closed). */
export async function chooseFromPhone(count: number): Promise<string[] | null> {
  try {
    const chosen = await Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    // h5 reports each file's type (its dialog can pick any file); weapp picks only images.
    const files = chosen.tempFiles as readonly { path: string; type?: string }[] | undefined;
    return files && files.length > 0 ? pickedPaths(files) : chosen.tempFilePaths;
  } catch {
    return null;
  }
}
