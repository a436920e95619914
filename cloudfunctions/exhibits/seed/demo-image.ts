import { deflateSync } from 'node:zlib';
import { seededRandom } from '../../platform/seed/demo-id-numbers';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks need it. */
function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

const made = new Map<string, Buffer>();

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Film grain changes every few pixels, so the picture compresses about as badly as a photo. */
const GRAIN_BLOCK_PX = 4;

/**
 * A demo picture made here, never downloaded: a warm gradient with a darker band, like an old
 * photograph's paper, tinted per item so the grid is easy to tell apart. `grain` (0–40 levels of
 * deterministic noise) makes it photo-sized: 1024×768 with grain 6 is about 180 KB, like a
 * compressed phone photo; without grain a picture is about 1 KB.
 */
export function demoImagePng(seed: number, width = 320, height = 240, grain = 0): Buffer {
  const key = `${seed}:${width}x${height}:${grain}`;
  const cached = made.get(key);
  if (cached) return cached;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const tint = (seed * 47) % 60;
  const noise = seededRandom(seed + 1);
  let n = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      if (grain > 0 && x % GRAIN_BLOCK_PX === 0) n = Math.round((noise() * 2 - 1) * grain);
      const band = Math.abs(y - height * 0.62) < height * 0.08 ? 40 : 0;
      const v = 200 - Math.floor((y / height) * 70) - band + n;
      raw[row + 1 + x * 3] = Math.min(255, v + 30);
      raw[row + 2 + x * 3] = Math.min(255, v + 10 - tint / 3);
      raw[row + 3 + x * 3] = Math.max(0, v - 30 - tint);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  made.set(key, png);
  return png;
}
