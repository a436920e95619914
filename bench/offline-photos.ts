import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, launchChromium } from '../client/e2e/chromium-launch';
import type { LaunchedChromium } from '../client/e2e/chromium-launch';
import { cameraJpeg } from '../client/e2e/camera-jpeg';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { printSection } from './bench-report';
import { TWO_G, throttleToTwoG } from './two-g-profile';

const ROOT = resolve(__dirname, '..');
const H5_DIR = join(ROOT, 'client', 'dist', 'h5');
const VILLAGE = 'village-zheqiao-qimou';
/** The papers photographed for the bench's claim, one photo each. */
const CLAIM_PAPERS = ['id_card', 'hukou', 'bank_card'];
const DONE_BUDGET_MS = 8 * 60_000;
const visible = (s: string) => `${s} >> visible=true`;

/** Photos the server took, per feature: each stored photo has a `.meta` with purpose `photo`. */
function storedPhotos(dataDir: string, feature: string): { file: string; size: number }[] {
  const dir = join(dataDir, 'uploads', feature);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.meta'))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (f) => (JSON.parse(readFileSync(f, 'utf8')) as { purpose?: string }).purpose === 'photo',
    )
    .map((f) => ({ file: f, size: statSync(f.slice(0, -'.meta'.length)).size }));
}

async function pickPhotos(page: Page, files: string[], heldBefore: number) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page.locator(visible('[data-testid="photo-add"]')).first().click();
  await (await chooser).setFiles(files);
  await page
    .locator(visible('[data-testid="photo-held"]'))
    .nth(heldBefore + files.length - 1)
    .waitFor({ timeout: 60_000 });
}

async function contributeOffline(page: Page, photos: string[], title: string) {
  // The form is open already (its village chosen while online: the village list needs the API).
  const form = page.locator(visible('[data-testid="contribute-form"]')).first();
  await form.waitFor({ timeout: 20_000 });
  await form.locator('[data-testid="exhibit-categories"] [data-category="old_photo"]').click();
  await form.locator('input[name="title"], [name="title"] input').first().fill(title);
  await form
    .locator('textarea[name="story"], [name="story"] textarea')
    .first()
    .fill('三张老照片：村口的老槐树、修水渠、第一台拖拉机。');
  await pickPhotos(page, photos, 0);
  await form.locator('.nut-button').filter({ hasText: '提交投稿' }).first().click();
  await page.locator(visible('[data-testid="contribute-queued"]')).first().waitFor();
}

async function claimOffline(page: Page, base: string, photos: string[]) {
  await page.goto(`${base}/#/packages/claims/pages/index/index`);
  const form = page.locator(visible('[data-testid="claim-form"]')).first();
  await form.waitFor({ timeout: 20_000 });
  const click = (id: string) =>
    page
      .locator(visible(`[data-testid="${id}"]`))
      .first()
      .click();
  let photo = 0;
  for (let i = 0; i < 40; i++) {
    const at = (await form.getAttribute('data-step')) ?? '';
    process.stderr.write(`  photos bench: claim step ${at}\n`);
    if (at === 'who') await click('claim-who-self');
    else if (at === 'type') await click('claim-type-illness');
    else if (at === 'incident') await click('risk-date-yesterday');
    else if (at === 'amount_selfPaid') for (const k of '40000') await click(`risk-key-${k}`);
    else if (at.startsWith('doc_') && CLAIM_PAPERS.includes(at.slice(4))) {
      const file = photos[photo++];
      if (file) await pickPhotos(page, [file], 0);
    } else if (at === 'bank_name')
      await page
        .locator(visible('[data-testid="claim-bank-option"]'))
        .filter({ hasText: '农业银行' })
        .first()
        .click();
    else if (at === 'bank_account')
      for (const k of '6217000098765432108') await click(`risk-key-${k}`);
    else if (at === 'consent') await click('claim-consent-agree');
    else if (at === 'confirm') {
      await click('claim-submit');
      break;
    }
    await click('claim-next');
    await page.waitForTimeout(150);
  }
  await page.locator(visible('[data-testid="claim-queued"]')).first().waitFor({ timeout: 20_000 });
  if (photo !== photos.length)
    throw new Error(`the claim took ${photo} photos, not ${photos.length}`);
}

/** Compressed sizes of the photos held in IndexedDB (the bytes each sends), run in the page. */
const HELD_SIZES = `new Promise((done) => {
  const open = indexedDB.open('psv-held-photos');
  open.onsuccess = () => {
    const all = open.result.transaction('photos').objectStore('photos').getAll();
    all.onsuccess = () => done(all.result.map((v) => v && v.bytes).filter((b) => typeof b === 'number'));
  };
  open.onerror = () => done([]);
})`;

const heldSizes = (page: Page) => page.evaluate<number[]>(HELD_SIZES);

/**
 * Issue 16: a 3-photo 投稿 and a 3-photo 防贫保险 claim made offline in Chromium (camera-sized
 * JPEGs, ~3 MB each), then the network returns on the 2G profile (800 ms, 30 KB/s down, 15 KB/s
 * up): every photo must arrive exactly once (counted on the server), the time until both are
 * done, and the bytes each photo cost.
 */
export async function run(): Promise<BenchSection> {
  const name = 'photos made offline, sent on 2G';
  if (!existsSync(join(H5_DIR, 'index.html')))
    return { name, lines: ['skipped: no h5 build (npm run build:h5)'], data: { skipped: true } };
  if (!existsSync(CHROMIUM_EXECUTABLE))
    return {
      name,
      lines: [`skipped: no browser at ${CHROMIUM_EXECUTABLE}`],
      data: { skipped: true },
    };
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-bench-photos-'));
  const shots = mkdtempSync(join(tmpdir(), 'psv-bench-photos-files-'));
  let gateway: GatewayProcess | null = null;
  let chromium: LaunchedChromium | null = null;
  try {
    gateway = await startGatewayProcess({ dataDir, env: { LOG_LEVEL: 'warn' } });
    chromium = await launchChromium();
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    const base = gateway.url;
    // Log in, and open both forms once online (their code is then on the phone).
    await page.goto(`${base}/#/pages/login/index`);
    await page.locator(visible('[data-persona="villager"]')).first().click();
    await page.waitForURL(/pages\/home\/index/, { timeout: 20_000 });
    await page.goto(`${base}/#/packages/claims/pages/index/index`);
    await page.locator(visible('[data-testid="claim-form"]')).first().waitFor({ timeout: 20_000 });
    await page.goto(`${base}/#/packages/exhibits/pages/contribute/index`);
    const form = page.locator(visible('[data-testid="contribute-form"]')).first();
    await form.waitFor();
    await form.locator(`[data-testid="village-picker"] [data-village="${VILLAGE}"]`).click();
    const files: string[] = [];
    const cameraBytes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const file = join(shots, `camera-${i}.jpg`);
      cameraBytes.push(await cameraJpeg(page, file, 7 + i));
      files.push(file);
    }

    const token = await devLogin(base, 'villager');
    const mineClaims = async () => {
      const cl = await postJson(
        `${base}/api/claims`,
        { action: 'mine', payload: { limit: 50 } },
        token,
      );
      return (
        (
          cl.body.data as
            { items?: { claimId: string; documents: { files: unknown[] }[] }[] } | undefined
        )?.items ?? []
      );
    };
    const claimsBefore = new Set((await mineClaims()).map((c) => c.claimId));
    const note = (line: string) => process.stderr.write(`  photos bench: ${line}\n`);
    note('offline: making a 3-photo 投稿 and a 3-photo claim');
    const offline = await throttleToTwoG(page, { offline: true });
    const title = `离线三张照片${Date.now() % 100000}`;
    await contributeOffline(page, files.slice(0, 3), title);
    await claimOffline(page, base, files.slice(3));
    const held = await heldSizes(page);
    const before = {
      exhibits: storedPhotos(dataDir, 'exhibits').length,
      claims: storedPhotos(dataDir, 'claims').length,
    };
    const known = new Set(
      [...storedPhotos(dataDir, 'exhibits'), ...storedPhotos(dataDir, 'claims')].map((p) => p.file),
    );
    await offline();
    note(`held ${held.length} photos; back on 2G`);

    // Back on the network, a 2G one: the phone's `online` event, then wait for both to be sent.
    const lift = await throttleToTwoG(page);
    const started = Date.now();
    await page.evaluate(`window.dispatchEvent(new Event('online'))`);
    let exhibit: { title: string; status: string }[] = [];
    let claims: { claimId: string; documents: { files: unknown[] }[] }[] = [];
    const STATUSES = `Array.from(document.querySelectorAll('[data-testid="outbox-list"] [data-status]')).map((e) => e.getAttribute('data-status'))`;
    let doneMs = NaN;
    while (Date.now() - started < DONE_BUDGET_MS) {
      // The phone's own list says when they are sent (no server polling: reads are rate-limited).
      const shown = await page.evaluate<string[]>(STATUSES);
      if (shown.length > 0 && shown.every((st) => st === 'sent')) {
        doneMs = Date.now() - started;
        break;
      }
      await page.waitForTimeout(250);
    }
    const ex = await postJson(`${base}/api/exhibits`, { action: 'mine', payload: {} }, token);
    exhibit = (
      (ex.body.data as { items?: { title: string; status: string }[] } | undefined)?.items ?? []
    ).filter((i) => i.title === title);
    claims = (await mineClaims()).filter((c) => !claimsBefore.has(c.claimId));
    await lift();
    const exhibitPhotos = storedPhotos(dataDir, 'exhibits').length - before.exhibits;
    const claimPhotos = storedPhotos(dataDir, 'claims').length - before.claims;
    const claimFiles = claims[0]?.documents.reduce((n, d) => n + d.files.length, 0) ?? 0;
    const sent = [...storedPhotos(dataDir, 'exhibits'), ...storedPhotos(dataDir, 'claims')]
      .filter((p) => !known.has(p.file))
      .map((p) => p.size);
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    const exactlyOnce =
      exhibit.length === 1 &&
      claims.length === 1 &&
      exhibitPhotos === 3 &&
      claimPhotos === 3 &&
      claimFiles === 3;
    const lines = [
      `2G profile: ${TWO_G.latencyMs} ms, ${TWO_G.downloadBytesPerSecond / 1024} KB/s down, ${TWO_G.uploadBytesPerSecond / 1024} KB/s up; 3 photos on a 投稿 + 3 on a claim, made offline`,
      `arrived exactly once: ${exactlyOnce ? 'yes' : 'NO'} — server stored ${exhibitPhotos} exhibit photos, ${claimPhotos} claim photos; ${exhibit.length} 投稿 (${exhibit[0]?.status ?? '—'}), ${claims.length} claim with ${claimFiles} photos`,
      `time to done after the network returned: ${(doneMs / 1000).toFixed(1)} s (both submissions on the server)`,
      `bytes per photo: camera ${kb(Math.min(...cameraBytes))}–${kb(Math.max(...cameraBytes))} → held ${held.map(kb).join(', ')} (budget 150 KB; exhibits also send a 480 px list copy)`,
      `stored on the server (the new photos): ${sent.map(kb).join(', ')}; ${(doneMs / 1000 / Math.max(1, sent.length)).toFixed(1)} s a photo on 2G`,
    ];
    return {
      name,
      lines,
      data: {
        exactlyOnce,
        exhibitPhotos,
        claimPhotos,
        claimFiles,
        doneMs,
        cameraBytes,
        heldBytes: held,
        storedBytes: sent,
        withinBudget: held.every((b) => b <= 150 * 1024),
      },
    };
  } finally {
    await chromium?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(shots, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run()
    .then((s) => printSection(s))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
