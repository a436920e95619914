import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Runs in the page: a 4000×3000 "photo" — sky and field gradients with grain at two scales, fine
 * (sensor noise) and in 3 px blocks (detail that survives a phone's downscale to 1280 px, as
 * leaves, bricks and faces do) — encoded as a JPEG at quality 0.9, as base64.
 */
const DRAW = `(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 4000;
  canvas.height = 3000;
  const c = canvas.getContext('2d');
  const sky = c.createLinearGradient(0, 0, 0, 3000);
  sky.addColorStop(0, '#7fb2e5');
  sky.addColorStop(0.55, '#e8e2c8');
  sky.addColorStop(1, '#6b8e3a');
  c.fillStyle = sky;
  c.fillRect(0, 0, 4000, 3000);
  const image = c.getImageData(0, 0, 4000, 3000);
  let seed = SEED;
  const blocks = new Int8Array(1334 * 1000);
  for (let i = 0; i < blocks.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    blocks[i] = (seed % 41) - 20;
  }
  for (let y = 0; y < 3000; y += 1) {
    for (let x = 0; x < 4000; x += 1) {
      const i = (y * 4000 + x) * 4;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = (seed % 9) - 4 + blocks[Math.floor(y / 3) * 1334 + Math.floor(x / 3)];
      image.data[i] += n;
      image.data[i + 1] += n;
      image.data[i + 2] += n;
    }
  }
  c.putImageData(image, 0, 0);
  return canvas.toDataURL('image/jpeg', 0.9).split(',')[1];
})()`;

/**
 * Writes a camera-sized JPEG (4000×3000, ~3–4 MB like a phone's) drawn in Chromium to `path`;
 * answers its size. It compresses like a photo, not like a flat test image.
 */
export async function cameraJpeg(page: Page, path: string, seed = 7): Promise<number> {
  const base64 = await page.evaluate<string>(DRAW.replace('SEED', String(seed)));
  const bytes = Buffer.from(base64, 'base64');
  writeFileSync(path, bytes);
  return bytes.length;
}
