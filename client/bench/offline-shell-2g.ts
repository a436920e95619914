/**
 * `npx tsx client/bench/offline-shell-2g.ts` (after `npm run build:h5`): the offline shell on the
 * issue 16 2G profile (bench/two-g-profile.ts). Cold first visit: when the home tiles show and
 * when the service worker has kept the app (it registers 8 s after the load event); then a
 * reload on 2G answered by the kept shell, and a reload offline with a tap on 技能培训.
 * A measurement, not a timed test: it prints figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { throttleToTwoG } from '../../bench/two-g-profile';
import { startGatewayProcess } from '../../gateway/test-support/gateway-process';
import { launchChromium } from '../e2e/chromium-launch';

const TILES = '[data-feature="training"] >> visible=true';

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-offline-bench-'));
  const gateway = await startGatewayProcess({ dataDir, env: { LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const url = `${gateway.url}/#/pages/home/index`;
    const lift = await throttleToTwoG(page);
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(TILES).first().waitFor({ timeout: 120_000 });
    const tiles = Date.now() - start;
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
      timeout: 300_000,
      polling: 250,
    });
    const kept = Date.now() - start;
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const files = await page.evaluate(async () => {
      let n = 0;
      for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
      return n;
    });

    const warmStart = Date.now();
    await page.reload({ waitUntil: 'commit' });
    await page.locator(TILES).first().waitFor({ timeout: 120_000 });
    const warm = Date.now() - warmStart;
    await lift();

    await browser.context.setOffline(true);
    const offlineStart = Date.now();
    await page.reload({ waitUntil: 'commit' });
    await page.locator(TILES).first().waitFor({ timeout: 30_000 });
    const offlineHome = Date.now() - offlineStart;
    const tapStart = Date.now();
    await page.locator(TILES).first().click();
    await page
      .locator('text=没有网络，联网后再打开 >> visible=true')
      .first()
      .waitFor({ timeout: 30_000 });
    const offlineTap = Date.now() - tapStart;
    await browser.context.setOffline(false);

    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log('offline shell on the 2G profile (800 ms, 30 KB/s down):');
    console.log(
      `  cold visit: home tiles at ${s(tiles)}, app kept by the service worker at ${s(kept)}`,
    );
    console.log(`  kept: ${files} files, ${Math.round(usage / 1024)} KB of storage`);
    console.log(`  warm reload on 2G (shell from the phone): home tiles at ${s(warm)}`);
    console.log(
      `  offline reload: home tiles at ${s(offlineHome)}; tap 技能培训 → message at ${s(offlineTap)}`,
    );
  } finally {
    await browser.close();
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
