import type { ImageKind } from './image-kind';
import { sniffImage } from './image-kind';

/**
 * Structural check of an uploaded image, beyond its magic bytes: the container is walked from the
 * first byte to its end marker (PNG chunks with their CRCs up to IEND, JPEG segments and entropy
 * data up to EOI, GIF blocks up to the trailer, WebP's RIFF size and chunks), the dimensions are
 * read and bounded, nothing may follow the end marker, and no HTML/script marker may appear
 * anywhere. A GIF header followed by a web page is therefore not an image. Nothing is decoded, so
 * a check costs one pass over the bytes and no pixel memory (functions have 128 MB).
 */
export type ImageStructure =
  { ok: true; kind: ImageKind; width: number; height: number } | { ok: false; reason: string };

/** Larger than any phone photo after compression; a bigger canvas is a decompression bomb. */
export const MAX_IMAGE_SIDE = 8192;

const MARKERS = [
  '<script',
  '<html',
  '<!doctype',
  '<svg',
  '<iframe',
  '<body',
  'javascript:',
  '<?php',
];

function hasMarkupMarker(bytes: Uint8Array): boolean {
  // Lower-case ASCII view of the bytes; markers are ASCII so other bytes cannot form them.
  let text = '';
  const CHUNK = 65_536;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    text += String.fromCharCode(...bytes.subarray(i, i + CHUNK)).toLowerCase();
  }
  return MARKERS.some((m) => text.includes(m));
}

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = (crcTable[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Walk = { width: number; height: number; end: number } | string;

const u8 = (b: Uint8Array, i: number) => b[i] ?? 0;
const be16 = (b: Uint8Array, i: number) => (u8(b, i) << 8) | u8(b, i + 1);
const le16 = (b: Uint8Array, i: number) => u8(b, i) | (u8(b, i + 1) << 8);
const be32 = (b: Uint8Array, i: number) => be16(b, i) * 65_536 + be16(b, i + 2);
const le32 = (b: Uint8Array, i: number) => le16(b, i) + le16(b, i + 2) * 65_536;
const le24 = (b: Uint8Array, i: number) => u8(b, i) | (u8(b, i + 1) << 8) | (u8(b, i + 2) << 16);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function walkPng(b: Uint8Array): Walk {
  let i = 8;
  let width = 0;
  let height = 0;
  let first = true;
  while (i + 12 <= b.length) {
    const len = be32(b, i);
    const type = ascii(b, i + 4, 4);
    const dataEnd = i + 8 + len;
    if (dataEnd + 4 > b.length) return 'PNG 数据块不完整';
    if (crc32(b, i + 4, dataEnd) !== be32(b, dataEnd)) return 'PNG 校验不对';
    if (first) {
      if (type !== 'IHDR' || len !== 13) return 'PNG 缺少文件头';
      width = be32(b, i + 8);
      height = be32(b, i + 12);
      first = false;
    }
    i = dataEnd + 4;
    if (type === 'IEND') return { width, height, end: i };
  }
  return 'PNG 没有结尾';
}

function walkJpeg(b: Uint8Array): Walk {
  let i = 2;
  let width = 0;
  let height = 0;
  while (i + 2 <= b.length) {
    if (u8(b, i) !== 0xff) return 'JPEG 段落不对';
    const marker = u8(b, i + 1);
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9) return width && height ? { width, height, end: i + 2 } : 'JPEG 没有尺寸';
    if (marker >= 0xd0 && marker <= 0xd7) {
      i += 2;
      continue;
    }
    const len = be16(b, i + 2);
    if (i + 4 > b.length || len < 2 || i + 2 + len > b.length) return 'JPEG 段落不完整';
    const isSof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isSof) {
      height = be16(b, i + 5);
      width = be16(b, i + 7);
    }
    i += 2 + len;
    if (marker === 0xda) {
      // Entropy-coded data: runs until a marker other than a stuffed 0xFF00 or a restart.
      while (i + 1 < b.length) {
        if (u8(b, i) === 0xff) {
          const next = u8(b, i + 1);
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
          i += 2;
        } else i++;
      }
    }
  }
  return 'JPEG 没有结尾';
}

function skipGifSubBlocks(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const size = u8(b, i);
    i += 1 + size;
    if (size === 0) return i;
  }
  return -1;
}

function walkGif(b: Uint8Array): Walk {
  if (b.length < 13) return 'GIF 文件头不完整';
  const width = le16(b, 6);
  const height = le16(b, 8);
  const flags = u8(b, 10);
  let i = 13 + (flags & 0x80 ? 3 * (1 << ((flags & 7) + 1)) : 0);
  let frames = 0;
  while (i < b.length) {
    const block = u8(b, i);
    if (block === 0x3b) return frames ? { width, height, end: i + 1 } : 'GIF 没有图像';
    if (block === 0x21) {
      i = skipGifSubBlocks(b, i + 2);
    } else if (block === 0x2c) {
      if (i + 10 > b.length) return 'GIF 图像不完整';
      const local = u8(b, i + 9);
      i += 10 + (local & 0x80 ? 3 * (1 << ((local & 7) + 1)) : 0);
      i = skipGifSubBlocks(b, i + 1); // after the LZW minimum code size
      frames++;
    } else {
      return 'GIF 数据块不对';
    }
    if (i < 0) return 'GIF 数据块不完整';
  }
  return 'GIF 没有结尾';
}

function walkWebp(b: Uint8Array): Walk {
  const end = 8 + le32(b, 4);
  if (end > b.length || end < 20) return 'WebP 长度不对';
  let i = 12;
  let width = 0;
  let height = 0;
  while (i + 8 <= end) {
    const type = ascii(b, i, 4);
    const len = le32(b, i + 4);
    const data = i + 8;
    if (data + len > end) return 'WebP 数据块不完整';
    if (type === 'VP8X' && len >= 10) {
      width = le24(b, data + 4) + 1;
      height = le24(b, data + 7) + 1;
    } else if (type === 'VP8L' && len >= 5 && !width) {
      const bits = le32(b, data + 1);
      width = (bits & 0x3fff) + 1;
      height = ((bits >>> 14) & 0x3fff) + 1;
    } else if (type === 'VP8 ' && len >= 10 && !width) {
      width = le16(b, data + 6) & 0x3fff;
      height = le16(b, data + 8) & 0x3fff;
    }
    i = data + len + (len & 1);
  }
  return width && height ? { width, height, end } : 'WebP 没有图像';
}

const WALKERS: Record<ImageKind, (b: Uint8Array) => Walk> = {
  'image/png': walkPng,
  'image/jpeg': walkJpeg,
  'image/gif': walkGif,
  'image/webp': walkWebp,
};

export function checkImageStructure(bytes: Uint8Array): ImageStructure {
  const kind = sniffImage(bytes);
  if (!kind) return { ok: false, reason: '不是照片' };
  const walk = WALKERS[kind](bytes);
  if (typeof walk === 'string') return { ok: false, reason: walk };
  if (walk.width < 1 || walk.height < 1) return { ok: false, reason: '图片没有尺寸' };
  if (walk.width > MAX_IMAGE_SIDE || walk.height > MAX_IMAGE_SIDE)
    return { ok: false, reason: '图片尺寸太大' };
  if (walk.end !== bytes.length) return { ok: false, reason: '图片结尾后还有别的内容' };
  if (hasMarkupMarker(bytes)) return { ok: false, reason: '图片里夹带了网页代码' };
  return { ok: true, kind, width: walk.width, height: walk.height };
}
