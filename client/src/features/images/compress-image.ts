import Taro from '@tarojs/taro';
import type { Platform } from '../../env';

export interface CompressOptions {
  /** Longest side after scaling, in pixels. */
  maxSide?: number;
  /** JPEG quality, 0–100. */
  quality?: number;
}

export interface CompressedImage {
  /** A local path (weapp temp file) or an object URL (h5) to upload. */
  path: string;
  /** False when compression was not possible and the original is used. */
  compressed: boolean;
}

const DEFAULTS = { maxSide: 1600, quality: 70 };

async function compressWeapp(src: string, o: Required<CompressOptions>): Promise<CompressedImage> {
  const result = await Taro.compressImage({ src, quality: o.quality, compressedWidth: o.maxSide });
  return { path: result.tempFilePath, compressed: true };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image failed to load'));
    image.src = src;
  });
}

/** Draws the photo onto a canvas no larger than maxSide and re-encodes it as JPEG. */
async function compressH5(src: string, o: Required<CompressOptions>): Promise<CompressedImage> {
  const image = await loadImage(src);
  const scale = Math.min(1, o.maxSide / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) return { path: src, compressed: false };
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', o.quality / 100),
  );
  if (!blob) return { path: src, compressed: false };
  return { path: URL.createObjectURL(blob), compressed: true };
}

/**
 * Makes a phone photo small enough for a weak rural connection before it is uploaded
 * (weapp: Taro.compressImage; h5: canvas downscale). On any failure the original is returned,
 * so a photo is never lost because it could not be shrunk.
 */
export async function compressImage(
  platform: Platform,
  src: string,
  options: CompressOptions = {},
): Promise<CompressedImage> {
  const o = { ...DEFAULTS, ...options };
  try {
    return platform === 'weapp' ? await compressWeapp(src, o) : await compressH5(src, o);
  } catch {
    return { path: src, compressed: false };
  }
}
