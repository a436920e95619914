/**
 * `npx tsx client/scripts/make-risk-icons.ts`: draws the 11 返贫风险 type pictures (the `icon`
 * names in shared/src/risk/risk-catalogue.ts) as 96×96 PNGs into src/assets/risk/, and the same
 * bytes as data URIs in src/assets/risk/risk-icon-images.ts (what the app imports: a data URI
 * shows the same on weapp, h5 and in jest, and needs no asset copying). Each is a plain SVG drawn
 * here and rendered by the local Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with a
 * transparent background, so nothing is downloaded. Both are committed; run this again only to
 * change the drawings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const OUT_DIR = resolve(__dirname, '../src/assets/risk');
const SIDE = 96;

/** A pale disc behind every picture, then the picture itself (viewBox 0 0 48 48). */
function icon(fill: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}" viewBox="0 0 48 48">
<circle cx="24" cy="24" r="23" fill="${fill}"/>${body}</svg>`;
}

const STROKE = 'stroke-linecap="round" stroke-linejoin="round"';

const ICONS: Record<string, string> = {
  // 因病: a red medical cross on a white card.
  illness: icon(
    '#fde3e3',
    `<rect x="10" y="10" width="28" height="28" rx="6" fill="#fff" stroke="#c62828" stroke-width="2.5"/>
<path d="M20 15h8v6h6v8h-6v6h-8v-6h-6v-8h6z" fill="#c62828"/>`,
  ),
  // 因残: the wheelchair sign.
  disability: icon(
    '#e1ecfa',
    `<circle cx="22" cy="10.5" r="3.5" fill="#1f5fa8"/>
<path d="M22 16v12h10l4 9" fill="none" stroke="#1f5fa8" stroke-width="3.5" ${STROKE}/>
<path d="M22 21h8" stroke="#1f5fa8" stroke-width="3" ${STROKE}/>
<path d="M17 23A9 9 0 1 0 31 35" fill="none" stroke="#1f5fa8" stroke-width="3" ${STROKE}/>`,
  ),
  // 因学: an open book with a mortar-board cap above it.
  education: icon(
    '#e7f0dd',
    `<path d="M24 8l14 6-14 6-14-6z" fill="#2e6b1f"/>
<path d="M16 17v5c0 2 4 4 8 4s8-2 8-4v-5" fill="none" stroke="#2e6b1f" stroke-width="2.5"/>
<path d="M8 28c6-2 11-1 16 2 5-3 10-4 16-2v11c-6-2-11-1-16 2-5-3-10-4-16-2z" fill="#fff" stroke="#2e6b1f" stroke-width="2.5" ${STROKE}/>
<path d="M24 30v11" stroke="#2e6b1f" stroke-width="2.5"/>`,
  ),
  // 因自然灾害: a storm cloud with lightning and rain.
  disaster: icon(
    '#e4e7ee',
    `<path d="M14 27a7 7 0 0 1 1-14 9 9 0 0 1 17-1 7 7 0 0 1 2 15z" fill="#5c6370"/>
<path d="M25 25l-5 8h5l-3 8 8-11h-5l3-5z" fill="#f2b400" stroke="#a15c00" stroke-width="1" ${STROKE}/>
<path d="M14 32l-2 5M34 32l-2 5M17 38l-1.5 3" stroke="#1f5fa8" stroke-width="2.5" ${STROKE}/>`,
  ),
  // 因意外事故: a warning triangle with an exclamation mark.
  accident: icon(
    '#fff0d6',
    `<path d="M24 7l18 32H6z" fill="#f2b400" stroke="#a15c00" stroke-width="2.5" ${STROKE}/>
<path d="M24 18v11" stroke="#1f2329" stroke-width="4" ${STROKE}/>
<circle cx="24" cy="34" r="2.3" fill="#1f2329"/>`,
  ),
  // 因产业项目失败: a sprout beside a chart falling downwards.
  business: icon(
    '#f3eadc',
    `<path d="M9 38h30" stroke="#5c4a2e" stroke-width="2.5" ${STROKE}/>
<path d="M11 14l8 8 6-4 12 14" fill="none" stroke="#c62828" stroke-width="3.5" ${STROKE}/>
<path d="M31 33h7v-7" fill="none" stroke="#c62828" stroke-width="3.5" ${STROKE}/>
<path d="M16 38v-7" stroke="#2e6b1f" stroke-width="2.5" ${STROKE}/>
<path d="M16 32c-4 0-6-2-6-5 4 0 6 2 6 5zM16 31c0-3 2-5 6-5 0 3-2 5-6 5z" fill="#2e6b1f"/>`,
  ),
  // 因务工就业不稳: a worker's hard hat.
  job: icon(
    '#fff0d6',
    `<path d="M10 31a14 14 0 0 1 28 0z" fill="#f2b400" stroke="#a15c00" stroke-width="2.5" ${STROKE}/>
<path d="M21 18v-3h6v3" fill="none" stroke="#a15c00" stroke-width="2.5" ${STROKE}/>
<rect x="7" y="31" width="34" height="5" rx="2.5" fill="#a15c00"/>`,
  ),
  // 缺劳动力: one person beside an empty place (dashed outline).
  labour: icon(
    '#ece6f5',
    `<circle cx="16" cy="15" r="5" fill="#5b3f8c"/>
<path d="M7 38v-6a9 9 0 0 1 18 0v6z" fill="#5b3f8c"/>
<circle cx="33" cy="15" r="5" fill="none" stroke="#5b3f8c" stroke-width="2" stroke-dasharray="3 2.5"/>
<path d="M24.5 38v-6a8.5 8.5 0 0 1 17 0v6" fill="none" stroke="#5b3f8c" stroke-width="2" stroke-dasharray="3 2.5"/>`,
  ),
  // 因安全住房: a house with a crack through its wall.
  housing: icon(
    '#f3eadc',
    `<path d="M6 24L24 9l18 15" fill="none" stroke="#5c4a2e" stroke-width="3.5" ${STROKE}/>
<path d="M11 22v17h26V22" fill="#fff" stroke="#5c4a2e" stroke-width="2.5" ${STROKE}/>
<path d="M26 22l-4 6 4 4-3 7" fill="none" stroke="#c62828" stroke-width="2.5" ${STROKE}/>
<rect x="14" y="27" width="5" height="5" fill="#5c4a2e"/>`,
  ),
  // 因安全饮水: a water drop under a tap.
  water: icon(
    '#dff0fa',
    `<path d="M8 12h14v-3h5v3h6a4 4 0 0 1 4 4v3h-5v-2h-10v2H8z" fill="#5c6370"/>
<path d="M34 24c3 5 5 8 5 10.5a5 5 0 0 1-10 0c0-2.5 2-5.5 5-10.5z" fill="#1f7fc4"/>
<path d="M14 26c3 5 5 8 5 10.5a5 5 0 0 1-10 0c0-2.5 2-5.5 5-10.5z" fill="#1f7fc4" opacity="0.55"/>`,
  ),
  // 其他: three dots in a speech bubble.
  other: icon(
    '#e8eaed',
    `<path d="M9 12h30a3 3 0 0 1 3 3v15a3 3 0 0 1-3 3H21l-8 6v-6H9a3 3 0 0 1-3-3V15a3 3 0 0 1 3-3z" fill="#fff" stroke="#5c6370" stroke-width="2.5" ${STROKE}/>
<circle cx="16" cy="22.5" r="2.6" fill="#5c6370"/><circle cx="24" cy="22.5" r="2.6" fill="#5c6370"/><circle cx="32" cy="22.5" r="2.6" fill="#5c6370"/>`,
  ),
};

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', // eslint-disable-line no-restricted-properties -- a one-off script run by hand
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: SIDE, height: SIDE } });
  const uris: string[] = [];
  for (const [name, svg] of Object.entries(ICONS)) {
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(OUT_DIR, `${name}.png`), png);
    console.log(`${name}.png ${png.length} bytes`);
    uris.push(`  ${name}: 'data:image/png;base64,${png.toString('base64')}',`);
  }
  writeFileSync(
    join(OUT_DIR, 'risk-icon-images.ts'),
    [
      '// Drawn by client/scripts/make-risk-icons.ts from its SVGs; do not edit by hand.',
      '/** The 返贫风险 type pictures (96×96 PNG) by the `icon` name of RISK_TYPES. */',
      'export const RISK_ICON_IMAGES: Record<string, string> = {',
      ...uris,
      '};',
      '',
    ].join('\n'),
  );
  await browser.close();
}

void main();
