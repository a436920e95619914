/**
 * `npx tsx client/scripts/make-tab-icons.ts`: draws the tab bar icons (首页 house, 村史 open
 * book, 办事 clipboard, 我的 person) as 81×81 RGBA PNGs into src/assets/tabbar/, grey for the
 * normal state and green for the selected one (the tabBar colours in app.config.ts). Shapes are
 * simple geometry sampled 4×4 per pixel for smooth edges; PNG is encoded with node's zlib, so
 * nothing is downloaded. The PNGs are committed; run this again only to change the drawings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const SAMPLES = 4;
const OUT_DIR = resolve(__dirname, '../src/assets/tabbar');
const NORMAL = [0x5c, 0x63, 0x70] as const;
const SELECTED = [0x1f, 0x7a, 0x3a] as const;

/** A drawing: is the point (in 81×81 pixel coordinates) inside the shape? */
type Shape = (x: number, y: number) => boolean;
type Point = readonly [number, number];

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  union(
    rect(x0 + r, y0, x1 - r, y1),
    rect(x0, y0 + r, x1, y1 - r),
    circle(x0 + r, y0 + r, r),
    circle(x1 - r, y0 + r, r),
    circle(x0 + r, y1 - r, r),
    circle(x1 - r, y1 - r, r),
  );

/** Even-odd point-in-polygon test. */
const polygon =
  (points: readonly Point[]): Shape =>
  (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] as Point;
      const [xj, yj] = points[j] as Point;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };

function union(...shapes: Shape[]): Shape {
  return (x, y) => shapes.some((shape) => shape(x, y));
}

function subtract(shape: Shape, ...holes: Shape[]): Shape {
  return (x, y) => shape(x, y) && !holes.some((hole) => hole(x, y));
}

function intersect(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && b(x, y);
}

/** 首页: a house with a pitched roof and a door. */
const house = union(
  polygon([
    [40.5, 8],
    [76, 38],
    [69, 38],
    [40.5, 15],
    [12, 38],
    [5, 38],
  ]),
  subtract(
    polygon([
      [40.5, 19],
      [64, 39],
      [64, 72],
      [17, 72],
      [17, 39],
    ]),
    roundedRect(33, 48, 48, 76, 3),
  ),
);

/** 村史: an open book, two pages either side of the spine, a few lines of text cut out. */
const book = subtract(
  union(
    polygon([
      [6, 18],
      [38, 24],
      [38, 70],
      [6, 64],
    ]),
    polygon([
      [43, 24],
      [75, 18],
      [75, 64],
      [43, 70],
    ]),
  ),
  ...[32, 42, 52].flatMap((y) => [
    polygon([
      [12, y - 8],
      [32, y - 4],
      [32, y - 1],
      [12, y - 5],
    ]),
    polygon([
      [49, y - 4],
      [69, y - 8],
      [69, y - 5],
      [49, y - 1],
    ]),
  ]),
);

/** 办事: a clipboard with its clip and three lines. */
const clipboard = union(
  subtract(roundedRect(14, 14, 67, 75, 7), roundedRect(21, 21, 60, 68, 3)),
  roundedRect(28, 7, 53, 22, 4),
  rect(28, 33, 53, 38),
  rect(28, 45, 53, 50),
  rect(28, 57, 44, 62),
);

/** 我的: a person, head and shoulders. */
const person = union(
  circle(40.5, 25, 15),
  intersect(
    (x, y) => (x - 40.5) ** 2 / 30 ** 2 + (y - 74) ** 2 / 30 ** 2 <= 1,
    rect(0, 0, SIZE, 72),
  ),
);

function rasterize(shape: Shape, [r, g, b]: readonly [number, number, number]): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) covered++;
        }
      }
      const at = (py * SIZE + px) * 4;
      pixels[at] = r;
      pixels[at + 1] = g;
      pixels[at + 2] = b;
      pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every row with filter type 0. */
function encodePng(pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS: Record<string, Shape> = {
  home: house,
  history: book,
  services: clipboard,
  me: person,
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [suffix, colour] of [
    ['', NORMAL],
    ['-active', SELECTED],
  ] as const) {
    const file = join(OUT_DIR, `${name}${suffix}.png`);
    const png = encodePng(rasterize(shape, colour));
    writeFileSync(file, png);
    console.log(`${file} (${png.length} bytes)`);
  }
}
