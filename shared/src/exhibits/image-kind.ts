/**
 * What an uploaded file really is, from its first bytes (never from its name): JPEG, PNG, WebP
 * or GIF; anything else is not an image we accept.
 */
export type ImageKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

export function sniffImage(bytes: Uint8Array): ImageKind | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (
    b(0) === 0x89 &&
    b(1) === 0x50 &&
    b(2) === 0x4e &&
    b(3) === 0x47 &&
    b(4) === 0x0d &&
    b(5) === 0x0a &&
    b(6) === 0x1a &&
    b(7) === 0x0a
  )
    return 'image/png';
  const ascii = (from: number, to: number) =>
    String.fromCharCode(...Array.from(bytes.slice(from, to)));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif';
  return null;
}

/** Largest accepted image after the phone has compressed it. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Lists show a small copy of each exhibit's first photo: the phone makes it alongside the full
 * photo (longest side LIST_IMAGE_SIDE px), so a card costs tens of KB on a weak network.
 */
export const LIST_IMAGE_SIDE = 480;
export const MAX_LIST_IMAGE_BYTES = 300 * 1024;
