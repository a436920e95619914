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
  /** h5: the encoded JPEG itself (kept in IndexedDB while it waits for the network). */
  blob?: Blob;
  /** Size of what goes over the link, when known. */
  bytes?: number;
}

/**
 * A photo goes up at most this big (issue 16): ~10 s at 15 KB/s. The detail page shows it at the
 * phone's width (390 css px × 2–3 device pixels), so 1280 px on the long side is what it needs.
 */
export const PHOTO_TARGET_BYTES = 150 * 1024;
export const DETAIL_IMAGE_SIDE = 1280;

/** Tried in turn until the photo fits PHOTO_TARGET_BYTES (most camera photos fit the first). */
const STEPS: readonly Required<CompressOptions>[] = [
  { maxSide: DETAIL_IMAGE_SIDE, quality: 72 },
  { maxSide: DETAIL_IMAGE_SIDE, quality: 60 },
  { maxSide: 1024, quality: 55 },
  { maxSide: 800, quality: 50 },
];

function fileSize(path: string): number | undefined {
  try {
    return Taro.getFileSystemManager().statSync(path).size as number;
  } catch {
    return undefined;
  }
}

async function compressWeapp(src: string, o: Required<CompressOptions>): Promise<CompressedImage> {
  const result = await Taro.compressImage({ src, quality: o.quality, compressedWidth: o.maxSide });
  const bytes = fileSize(result.tempFilePath);
  return { path: result.tempFilePath, compressed: true, ...(bytes ? { bytes } : {}) };
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
  return { path: URL.createObjectURL(blob), compressed: true, blob, bytes: blob.size };
}

/**
 * Makes a phone photo small enough for a weak rural connection before it is uploaded
 * (weapp: Taro.compressImage; h5: canvas downscale): at most DETAIL_IMAGE_SIDE px and, stepping
 * the size and quality down, PHOTO_TARGET_BYTES; with explicit options, one pass at those. On
 * any failure the original is returned, so a photo is never lost because it could not be shrunk.
 */
export async function compressImage(
  platform: Platform,
  src: string,
  options: CompressOptions = {},
): Promise<CompressedImage> {
  const steps =
    options.maxSide !== undefined || options.quality !== undefined
      ? [{ ...STEPS[0], ...options } as Required<CompressOptions>]
      : STEPS;
  const once = platform === 'weapp' ? compressWeapp : compressH5;
  let best: CompressedImage | null = null;
  try {
    for (const step of steps) {
      const made = await once(src, step);
      if (best?.blob && best.path !== made.path) URL.revokeObjectURL(best.path);
      best = made;
      if (!made.compressed || made.bytes === undefined || made.bytes <= PHOTO_TARGET_BYTES) break;
    }
  } catch {
    // the original, below
  }
  return best ?? { path: src, compressed: false };
}
