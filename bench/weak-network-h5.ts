import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, launchChromium } from '../client/e2e/chromium-launch';
import type { LaunchedChromium } from '../client/e2e/chromium-launch';
import { startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { printSection } from './bench-report';
import { TWO_G, throttleToTwoG } from './two-g-profile';

const ROOT = resolve(__dirname, '..');
const H5_DIR = join(ROOT, 'client', 'dist', 'h5');

/** Issue 16's budgets on the 2G profile. */
const BUDGET = {
  firstPaintMs: 2_500,
  homeUsableMs: 8_000,
  historyFirstCardMs: 10_000,
  warmMs: 1_500,
  warmRevalidations: 0,
} as const;
const WAIT_MS = 90_000;

/** The React tiles of the home page (not the static first screen of index.html). */
const HOME_TILE = '.psv-grid__item[data-feature]';
const HISTORY_CARD = '[data-testid="exhibit-card"]';
/** Taro's h5 output names: js/<name>.<8 hex>.js, css/<name>.<20 hex>.css. */
const HASHED_FILE = /\.[0-9a-f]{8,}\.(?:js|css|png|jpe?g|gif|svg|webp|woff2?|ttf)(?:\?|$)/;

/**
 * Runs in the page before the app: notes (in page time, from navigation start) the frame after the
 * first element matching each watched selector is in the DOM and visible.
 */
const PROBE = `(() => {
  const seen = {};
  window.__weak = seen;
  const watch = ${JSON.stringify({ tile: HOME_TILE, card: HISTORY_CARD })};
  const check = () => {
    for (const [key, sel] of Object.entries(watch)) {
      if (seen[key] !== undefined) continue;
      const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length > 0);
      if (el) { seen[key] = null; requestAnimationFrame(() => { seen[key] = performance.now(); }); }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface WireRequest {
  url: string;
  type: string;
  status: number | null;
  /** Over the wire, headers included (CDP encodedDataLength). */
  encodedBytes: number;
  /** The body as the page got it, decompressed (sum of CDP dataReceived dataLength). */
  decodedBytes: number;
  contentEncoding: string | null;
  fromCache: boolean;
  fromServiceWorker: boolean;
  finished: boolean;
}

function trackWire(cdp: CDPSession) {
  const requests = new Map<string, WireRequest>();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? 'Other',
      status: null,
      encodedBytes: 0,
      decodedBytes: 0,
      contentEncoding: null,
      fromCache: false,
      fromServiceWorker: false,
      finished: false,
    });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.fromCache = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.fromCache ||= Boolean(e.response.fromDiskCache) || Boolean(e.response.fromPrefetchCache);
    r.fromServiceWorker = Boolean(e.response.fromServiceWorker);
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    r.contentEncoding = headers['content-encoding'] ?? null;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.decodedBytes += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.encodedBytes = e.encodedDataLength;
    r.finished = true;
  });
  return {
    all: () => [...requests.values()],
    reset: () => requests.clear(),
  };
}

interface PaintTimes {
  firstPaintMs: number | null;
  firstContentfulPaintMs: number | null;
}

async function paintTimes(page: Page): Promise<PaintTimes> {
  return page.evaluate<PaintTimes>(`(() => {
    const e = performance.getEntriesByType('paint');
    const at = (n) => { const x = e.find((p) => p.name === n); return x ? x.startTime : null; };
    return { firstPaintMs: at('first-paint'), firstContentfulPaintMs: at('first-contentful-paint') };
  })()`);
}

/** Waits for the probe's time of `key` (ms from navigation start). */
async function probeTime(page: Page, key: 'tile' | 'card'): Promise<number> {
  // A function, not a string: the page's CSP refuses the eval a string predicate needs.
  await page.waitForFunction(
    (k) =>
      typeof (globalThis as unknown as { __weak?: Record<string, unknown> }).__weak?.[k] ===
      'number',
    key,
    { timeout: WAIT_MS, polling: 100 },
  );
  return page.evaluate<number>(`window.__weak.${key}`);
}

/** Network quiet for `quietMs` (every request seen has finished or failed). */
async function settle(page: Page, quietMs = 1_500): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: WAIT_MS }).catch(() => undefined);
  await page.waitForTimeout(quietMs);
}

interface ColdHome {
  paint: PaintTimes;
  homeUsableMs: number;
  tileClickable: boolean;
  requests: WireRequest[];
  warmMs: number;
  warmRequests: WireRequest[];
  pageErrors: string[];
}

/** A fresh profile: the home page cold on 2G, then a repeat visit with the cache warm. */
async function coldHomeThenWarm(url: string): Promise<ColdHome> {
  let chromium: LaunchedChromium | null = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript({ content: PROBE });
    await throttleToTwoG(page);
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('Network.enable');
    const wire = trackWire(cdp);

    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: WAIT_MS });
    const homeUsableMs = await probeTime(page, 'tile');
    const tileClickable = await page
      .locator(`${HOME_TILE} >> visible=true`)
      .first()
      .click({ trial: true, timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    const paint = await paintTimes(page);
    await settle(page);
    const requests = wire.all();

    // Repeat visit: a new document load of the same address, the HTTP cache (and a service
    // worker, once there is one) as the first visit left it.
    await page.goto('about:blank');
    wire.reset();
    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: WAIT_MS });
    const warmMs = await probeTime(page, 'tile');
    await settle(page, 1_000);
    const warmRequests = wire.all();
    await cdp.detach().catch(() => undefined);
    return { paint, homeUsableMs, tileClickable, requests, warmMs, warmRequests, pageErrors };
  } finally {
    await chromium?.close();
    chromium = null;
  }
}

/** Another fresh profile: the 村史 tab opened straight from its address, cold, on 2G. */
async function coldHistoryTab(url: string): Promise<{ firstCardMs: number; pageErrors: string[] }> {
  const chromium = await launchChromium();
  try {
    const page = await chromium.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.addInitScript({ content: PROBE });
    await throttleToTwoG(page);
    await page.goto(`${url}/#/pages/history/index`, { waitUntil: 'commit', timeout: WAIT_MS });
    const firstCardMs = await probeTime(page, 'card');
    return { firstCardMs, pageErrors };
  } finally {
    await chromium.close();
  }
}

const s = (msValue: number | null) =>
  msValue === null ? 'n/a' : `${(msValue / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

/**
 * The h5 app on issue 16's 2G profile in Chromium, cold cache and fresh profile: first paint,
 * the home page usable (its React tiles rendered and clickable), the 村史 tab's first card, a
 * repeat visit with the cache warm (time, hashed files that went to the network or got 304), and
 * the bytes of the first visit over the wire against their decoded size.
 */
export async function run(): Promise<BenchSection> {
  const name = 'h5 on 2G';
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    return { name, lines: ['skipped: no h5 build (npm run build:h5)'], data: { skipped: true } };
  }
  if (!existsSync(CHROMIUM_EXECUTABLE)) {
    return {
      name,
      lines: [`skipped: no browser at ${CHROMIUM_EXECUTABLE} (bash scripts/ensure-chromium.sh)`],
      data: { skipped: true },
    };
  }
  let gateway: GatewayProcess | null = null;
  try {
    gateway = await startGatewayProcess({ env: { LOG_LEVEL: 'warn' } });
    const home = await coldHomeThenWarm(gateway.url);
    const history = await coldHistoryTab(gateway.url);

    const firstPaintMs = home.paint.firstContentfulPaintMs ?? home.paint.firstPaintMs;
    const done = home.requests.filter((r) => r.finished);
    const encoded = sum(done.map((r) => r.encodedBytes));
    const decoded = sum(done.map((r) => r.decodedBytes));
    const textTypes = new Set(['Document', 'Script', 'Stylesheet', 'Fetch', 'XHR']);
    const text = done.filter((r) => textTypes.has(r.type));
    const compressed = text.filter((r) => r.contentEncoding !== null);
    const byEncoding = new Map<string, number>();
    for (const r of text) {
      const k = r.contentEncoding ?? 'identity';
      byEncoding.set(k, (byEncoding.get(k) ?? 0) + 1);
    }

    const hashedWarm = home.warmRequests.filter((r) => HASHED_FILE.test(r.url));
    const toNetwork = hashedWarm.filter((r) => !r.fromCache && !r.fromServiceWorker);
    // Chromium reports a revalidated file with the cached 200, so a 304 shows as a network
    // request whose wire bytes are headers only (well under the decoded body).
    const revalidated = toNetwork.filter(
      (r) => r.status === 304 || (r.encodedBytes < 1_024 && r.decodedBytes > r.encodedBytes),
    );
    const fromSw = hashedWarm.filter((r) => r.fromServiceWorker).length;
    const warmNetworkOrRevalidated = new Set([...toNetwork, ...revalidated]).size;
    const warmBytes = sum(home.warmRequests.filter((r) => r.finished).map((r) => r.encodedBytes));

    const within = {
      firstPaint: firstPaintMs !== null && firstPaintMs <= BUDGET.firstPaintMs,
      homeUsable: home.homeUsableMs <= BUDGET.homeUsableMs && home.tileClickable,
      historyFirstCard: history.firstCardMs <= BUDGET.historyFirstCardMs,
      warm: home.warmMs <= BUDGET.warmMs && warmNetworkOrRevalidated <= BUDGET.warmRevalidations,
    };
    const errors = [...home.pageErrors, ...history.pageErrors];
    const lines = [
      `profile: ${TWO_G.latencyMs} ms latency, ${TWO_G.downloadBytesPerSecond / 1024} KB/s down, ${TWO_G.uploadBytesPerSecond / 1024} KB/s up; cold cache, fresh Chromium profile`,
      `first paint ${s(firstPaintMs)} (budget ≤ ${s(BUDGET.firstPaintMs)}: ${verdict(within.firstPaint)})${home.paint.firstContentfulPaintMs === null ? ' — no contentful paint recorded, first-paint used' : ''}; first-paint ${s(home.paint.firstPaintMs)}, first-contentful-paint ${s(home.paint.firstContentfulPaintMs)}`,
      `home usable (React tiles drawn${home.tileClickable ? ' and clickable' : ', NOT clickable'}) ${s(home.homeUsableMs)} (budget ≤ ${s(BUDGET.homeUsableMs)}: ${verdict(within.homeUsable)})`,
      `村史 tab opened cold, first card ${s(history.firstCardMs)} (budget ≤ ${s(BUDGET.historyFirstCardMs)}: ${verdict(within.historyFirstCard)})`,
      `warm repeat visit: tiles ${s(home.warmMs)}, ${home.warmRequests.length} requests (${kb(warmBytes)} over the wire); hashed files ${hashedWarm.length}: ${toNetwork.length} went to the network, ${revalidated.length} of them answered 304${fromSw ? `, ${fromSw} from the service worker` : ''} (budget ≤ ${s(BUDGET.warmMs)} with ${BUDGET.warmRevalidations} revalidations: ${verdict(within.warm)})`,
      `first visit bytes: ${kb(encoded)} over the wire for ${kb(decoded)} decoded (${decoded > 0 ? ((encoded / decoded) * 100).toFixed(0) : 'n/a'}%) in ${done.length} requests; text responses ${text.length}, compressed ${compressed.length} (${[...byEncoding].map(([k, n]) => `${k} ${n}`).join(', ')})`,
      ...(errors.length ? [`page errors: ${errors.join(' | ')}`] : []),
    ];
    return {
      name: 'h5 on 2G (bench/weak-network-h5.ts)',
      lines,
      data: {
        profile: TWO_G,
        budget: BUDGET,
        firstPaintMs,
        firstPaint: home.paint,
        homeUsableMs: home.homeUsableMs,
        tileClickable: home.tileClickable,
        historyFirstCardMs: history.firstCardMs,
        warm: {
          ms: home.warmMs,
          requests: home.warmRequests.length,
          bytes: warmBytes,
          hashedFiles: hashedWarm.length,
          hashedToNetwork: toNetwork.length,
          hashedRevalidated: revalidated.length,
          hashedFromServiceWorker: fromSw,
        },
        firstVisitBytes: {
          encoded,
          decoded,
          ratio: decoded > 0 ? encoded / decoded : NaN,
          requests: done.length,
          textResponses: text.length,
          compressedTextResponses: compressed.length,
          byEncoding: Object.fromEntries(byEncoding),
        },
        withinBudget: within,
        pageErrors: errors,
      },
    };
  } finally {
    await gateway?.stop();
  }
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
